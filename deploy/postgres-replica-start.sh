#!/bin/sh
# The read replica's entry point. First start (empty data directory): copy the primary with
# pg_basebackup -R, which also writes standby.signal and primary_conninfo, so the server comes up
# as a hot standby and streams the WAL from then on. Later starts reuse the copy.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -q -h postgres -U "$POSTGRES_USER"; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h postgres -U replicator -D "$PGDATA" -R -X stream -c fast
  chmod 0700 "$PGDATA"
fi
# hot_standby_feedback: a long report on the replica is not cancelled because the primary's
# vacuum removed rows it still reads (the primary keeps them a little longer instead).
exec postgres -c hot_standby_feedback=on
