import { daysBetween } from '@rural/core';

import { SuggestionLight } from './suggestion-light.js';
import { SuggestionStatus } from './suggestion-status.js';

/** What a light is judged on: the item's state and deadline, the county's date and the setting. */
export interface LightInput {
  status: SuggestionStatus;
  deadline: string | null;
  today: string;
  yellowDays: number;
}

/** Days from today to the deadline (negative: overdue by that many); null without a deadline. */
export function daysLeft(deadline: string | null, today: string): number | null {
  return deadline ? daysBetween(today, deadline) : null;
}

/**
 * The light of an assigned item not yet replied (null for any other): RED past the deadline,
 * YELLOW when at most `yellowDays` days are left (the deadline day itself is still on time),
 * GREEN otherwise.
 */
export function lightOf({ status, deadline, today, yellowDays }: LightInput): SuggestionLight | null {
  if (status !== SuggestionStatus.ASSIGNED || !deadline) return null;
  const left = daysBetween(today, deadline);
  if (left < 0) return SuggestionLight.RED;
  return left <= yellowDays ? SuggestionLight.YELLOW : SuggestionLight.GREEN;
}
