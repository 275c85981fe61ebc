import { registerEnumType } from '@nestjs/graphql';

/** The traffic light of an assigned, not yet replied item, on the county's date. */
export enum SuggestionLight {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

registerEnumType(SuggestionLight, {
  name: 'SuggestionLight',
  description: '督办灯 — the light of an assigned item not yet replied, on the county’s date.',
  valuesMap: {
    GREEN: { description: '绿灯 — on track: more days left than the yellow-light setting.' },
    YELLOW: { description: '黄灯 — the deadline is near: at most the setting’s days left (deadline day included).' },
    RED: { description: '红灯 — overdue: the deadline has passed.' },
  },
});
