import { registerEnumType } from '@nestjs/graphql';

/** Where an outcome record stands on its way to being quoted: only APPROVED figures count in reports by default. */
export enum OutcomeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

registerEnumType(OutcomeStatus, {
  name: 'OutcomeStatus',
  description: '审核状态 — where an outcome record stands: entered, submitted for approval, approved, or returned for correction.',
  valuesMap: {
    DRAFT: { description: '草稿 — entered (or reopened); may be changed; not yet counted in reports.' },
    SUBMITTED: { description: '已报送 — waiting for approval; may still be corrected by its editors.' },
    APPROVED: { description: '已审核 — counted in reports; locked until an administrator reopens it.' },
    RETURNED: { description: '已退回 — sent back with a reason; may be corrected and submitted again.' },
  },
});
