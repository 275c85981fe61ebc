import { registerEnumType } from '@nestjs/graphql';

/** What kind of duty event a meeting or activity is; the kind decides which facts attendance gives. */
export enum DutyEventKind {
  PLENARY = 'PLENARY',
  STANDING = 'STANDING',
  CONSULTATION = 'CONSULTATION',
  RESEARCH = 'RESEARCH',
  STUDY = 'STUDY',
  OUTREACH = 'OUTREACH',
  OTHER = 'OTHER',
}

registerEnumType(DutyEventKind, {
  name: 'DutyEventKind',
  description: '履职活动类型 — the kind of a committee meeting or activity.',
  valuesMap: {
    PLENARY: { description: '全体会议 — a plenary session of the committee.' },
    STANDING: { description: '常委会议 — a meeting of the standing committee.' },
    CONSULTATION: { description: '协商议事 — a consultation meeting.' },
    RESEARCH: { description: '调研视察 — a research or inspection visit.' },
    STUDY: { description: '学习培训 — study or training.' },
    OUTREACH: { description: '联系群众 — meeting the public.' },
    OTHER: { description: '其他 — any other activity.' },
  },
});

/** A member's attendance at one event. */
export enum Attendance {
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}

registerEnumType(Attendance, {
  name: 'Attendance',
  description: '出勤 — a member’s attendance at one event.',
  valuesMap: {
    PRESENT: { description: '出席 — present.' },
    EXCUSED: { description: '请假 — excused (leave was asked for and granted).' },
    ABSENT: { description: '缺席 — absent without leave.' },
  },
});
