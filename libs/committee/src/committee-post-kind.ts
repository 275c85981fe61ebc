import { registerEnumType } from '@nestjs/graphql';

/** What an account does in the committee's own work (履职 and 建言督办), beside its role. */
export enum CommitteePostKind {
  OFFICE = 'OFFICE',
  UNIT = 'UNIT',
  MEMBER = 'MEMBER',
}

registerEnumType(CommitteePostKind, {
  name: 'CommitteePostKind',
  description: '履职岗位 — what an account does in the committee’s work, beside its role.',
  valuesMap: {
    OFFICE: {
      description: '政协办 — the committee office: enters duty events, files, assigns and supervises suggestions (needs EDITOR or ADMIN).',
    },
    UNIT: { description: '承办单位工作人员 — a handling unit’s staff: sees and answers only the suggestions assigned to the unit.' },
    MEMBER: { description: '委员本人 — a member’s own account: drafts, submits and evaluates the member’s suggestions.' },
  },
});
