import { registerEnumType } from '@nestjs/graphql';

/** What a suggestion is; the names are those of the committee lib's credit port. */
export enum SuggestionKind {
  PROPOSAL = 'PROPOSAL',
  SOCIAL_CONDITIONS = 'SOCIAL_CONDITIONS',
  CONSULTATION = 'CONSULTATION',
  RESEARCH = 'RESEARCH',
}

registerEnumType(SuggestionKind, {
  name: 'SuggestionKind',
  description: '建言类别 — what kind of suggestion it is.',
  valuesMap: {
    PROPOSAL: { description: '提案 — a proposal, filed (立案) or not by the committee office.' },
    SOCIAL_CONDITIONS: { description: '社情民意信息 — a social-conditions report.' },
    CONSULTATION: { description: '协商成果 — the outcome of a consultation.' },
    RESEARCH: { description: '调研报告 — a research report.' },
  },
});
