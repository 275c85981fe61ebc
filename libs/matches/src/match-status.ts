import { registerEnumType } from '@nestjs/graphql';

/** Where a match stands: INTENT › SIGNED › OPERATING, or SUSPENDED / ENDED. */
export enum MatchStatus {
  INTENT = 'INTENT',
  SIGNED = 'SIGNED',
  OPERATING = 'OPERATING',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: '对接状态 — where an enterprise–village match stands.',
  valuesMap: {
    INTENT: { description: '意向 — intent, nothing signed yet.' },
    SIGNED: { description: '已签约 — agreement signed.' },
    OPERATING: { description: '运营中 — the project is running.' },
    SUSPENDED: { description: '暂停 — on hold.' },
    ENDED: { description: '已终止 — ended.' },
  },
});
