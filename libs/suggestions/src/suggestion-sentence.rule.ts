/** The counts a suggestions sentence is written from. */
export interface SentenceFigures {
  /** 围绕…: the topic, when the figures are for one. */
  topic: string | null;
  /** 开展调研N次: research visits, counted by the duty lib's events; null leaves the clause out. */
  researchCount: number | null;
  /** 提出意见建议N条: suggestions submitted. */
  submitted: number;
  /** 得到采纳: replied with result A or B. */
  adopted: number;
  /** 获领导批示: with at least one leader's instruction. */
  instructed: number;
}

/**
 * The sentence a leader writes (the article's "围绕…开展调研3次，提出意见建议20余条，其中16条得到采纳，
 * 2条获领导批示。"). The counts here are exact, so never "余"; a clause whose count is 0 is left out
 * rather than saying "其中0条得到采纳".
 */
export function suggestionSentence({ topic, researchCount, submitted, adopted, instructed }: SentenceFigures): string {
  const about = topic ? `围绕${topic}` : '';
  const research = researchCount ? `开展调研${researchCount}次，` : '';
  if (submitted === 0) return `${about}${research}尚未提出意见建议。`;
  const among = [adopted > 0 ? `${adopted}条得到采纳` : null, instructed > 0 ? `${instructed}条获领导批示` : null].filter(Boolean);
  const tail = among.length > 0 ? `，其中${among.join('，')}` : '';
  return `${about}${research}提出意见建议${submitted}条${tail}。`;
}
