import type { DeadlineUnit } from '../../generated/graphql';

/** How the office sets a deadline: the settings' default (3 个月), N of a unit, or a date. */
export interface DeadlineChoice {
  mode: 'DEFAULT' | DeadlineUnit | 'DATE';
  amount: number;
  date: string;
}

export const defaultDeadline = (): DeadlineChoice => ({ mode: 'DEFAULT', amount: 15, date: '' });

/** The input's `deadline` / `deadlineRule` for a choice; neither for the default (the server applies it). */
export function deadlineInput(choice: DeadlineChoice): { deadline?: string; deadlineRule?: { amount: number; unit: DeadlineUnit } } {
  if (choice.mode === 'DEFAULT') return {};
  if (choice.mode === 'DATE') return { deadline: choice.date };
  return { deadlineRule: { amount: choice.amount, unit: choice.mode } };
}
