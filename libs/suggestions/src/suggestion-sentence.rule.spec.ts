import { suggestionSentence } from './suggestion-sentence.rule.js';

describe('suggestionSentence', () => {
  it.each([
    [
      { topic: '露营产业', researchCount: 3, submitted: 20, adopted: 16, instructed: 2 },
      '围绕露营产业开展调研3次，提出意见建议20条，其中16条得到采纳，2条获领导批示。',
    ],
    [
      { topic: '露营产业', researchCount: null, submitted: 16, adopted: 16, instructed: 2 },
      '围绕露营产业提出意见建议16条，其中16条得到采纳，2条获领导批示。',
    ],
    [{ topic: null, researchCount: null, submitted: 5, adopted: 2, instructed: 0 }, '提出意见建议5条，其中2条得到采纳。'],
    [{ topic: null, researchCount: null, submitted: 5, adopted: 0, instructed: 1 }, '提出意见建议5条，其中1条获领导批示。'],
    [{ topic: '中药材', researchCount: 0, submitted: 4, adopted: 0, instructed: 0 }, '围绕中药材提出意见建议4条。'],
    [{ topic: '中药材', researchCount: 2, submitted: 0, adopted: 0, instructed: 0 }, '围绕中药材开展调研2次，尚未提出意见建议。'],
  ])('%j → %s', (figures, expected) => {
    expect(suggestionSentence(figures)).toBe(expected);
  });
});
