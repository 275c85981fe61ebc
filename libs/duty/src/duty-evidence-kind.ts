import { registerEnumType } from '@nestjs/graphql';

/** What kind of record a point comes from, so a console can link to it. */
export enum DutyEvidenceKind {
  DUTY_EVENT = 'DUTY_EVENT',
  SUGGESTION = 'SUGGESTION',
  MATCH = 'MATCH',
  SERVICE_ACTIVITY = 'SERVICE_ACTIVITY',
}

registerEnumType(DutyEvidenceKind, {
  name: 'DutyEvidenceKind',
  description: '积分依据类型 — the kind of record a point comes from.',
  valuesMap: {
    DUTY_EVENT: { description: '履职活动 — a meeting or activity (dutyEvent).' },
    SUGGESTION: { description: '建言 — a proposal, social-conditions report or other suggestion.' },
    MATCH: { description: '引企下乡对接 — a match the member brokered (match).' },
    SERVICE_ACTIVITY: { description: '服务活动 — a visit of the member’s service team (serviceActivity).' },
  },
});
