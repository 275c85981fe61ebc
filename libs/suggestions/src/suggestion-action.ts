import { registerEnumType } from '@nestjs/graphql';

/** What a step of a suggestion's history did. */
export enum SuggestionAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  SUBMIT = 'SUBMIT',
  FILE = 'FILE',
  DECLINE = 'DECLINE',
  CONVERT = 'CONVERT',
  ASSIGN = 'ASSIGN',
  RETURN = 'RETURN',
  OPINION = 'OPINION',
  REPLY = 'REPLY',
  EVALUATE = 'EVALUATE',
  CLOSE = 'CLOSE',
  INSTRUCTION = 'INSTRUCTION',
  SUPERVISION = 'SUPERVISION',
  KEY_SUPERVISION = 'KEY_SUPERVISION',
}

registerEnumType(SuggestionAction, {
  name: 'SuggestionAction',
  description: '办理环节 — what a step in a suggestion’s history did.',
  valuesMap: {
    CREATE: { description: '起草 — drafted.' },
    UPDATE: { description: '修改草稿 — the draft was changed.' },
    SUBMIT: { description: '提交 — submitted to the committee office.' },
    FILE: { description: '立案 — filed.' },
    DECLINE: { description: '不予立案 — not filed, with the reason.' },
    CONVERT: { description: '转社情民意 — a proposal not filed was turned into a social-conditions report.' },
    ASSIGN: { description: '交办 — assigned to a lead unit and co-units with a deadline.' },
    RETURN: { description: '退回 — a unit wrongly assigned returned the item.' },
    OPINION: { description: '会办意见 — a co-unit sent its opinion.' },
    REPLY: { description: '答复 — the lead unit replied with its result.' },
    EVALUATE: { description: '评价 — the lead author evaluated the reply.' },
    CLOSE: { description: '办结 — closed.' },
    INSTRUCTION: { description: '领导批示 — a leader’s instruction was recorded.' },
    SUPERVISION: { description: '督办 — a supervision note was recorded.' },
    KEY_SUPERVISION: { description: '重点督办 — marked (or unmarked) for key supervision.' },
  },
});
