import type { Lsn } from './lsn.js';

/**
 * The primary's WAL position as sampled each poll, to turn a replica's replayed position into a
 * lag in time: "the oldest write the replica is missing was made about this long ago". The usual
 * `now() - pg_last_xact_replay_timestamp()` is not used because it grows without bound while the
 * primary is idle, which would skip a replica that is in fact current.
 */
export class PrimaryWalHistory {
  private samples: { at: number; lsn: Lsn }[] = [];

  /** `keepMs`: how far back to remember; any lag beyond it is reported as at least that. */
  constructor(private readonly keepMs: number) {}

  record(at: number, lsn: Lsn): void {
    this.samples.push({ at, lsn });
    while (this.samples.length > 1 && this.samples[0].at < at - this.keepMs) this.samples.shift();
  }

  get latest(): Lsn | null {
    return this.samples.at(-1)?.lsn ?? null;
  }

  /**
   * Milliseconds since the primary was first seen past `replayed`: 0 when the replica has
   * everything the primary had at the last sample, null before the first sample. The write it
   * lacks was made before that sample, so this errs short by at most one poll interval.
   */
  lagMs(replayed: Lsn, now: number): number | null {
    if (this.samples.length === 0) return null;
    const firstAhead = this.samples.find((sample) => sample.lsn > replayed);
    return firstAhead ? Math.max(0, now - firstAhead.at) : 0;
  }
}
