import { ConflictError, NotFoundError, UserInputError, type DomainError } from '@rural/core';

/** What a named database constraint means to a clerk, and the input field it concerns. */
export interface ConstraintMeaning {
  kind: 'input' | 'conflict' | 'missing';
  field: string;
  message: string;
}

const meanings = new Map<string, ConstraintMeaning>();

/**
 * Registers a lib's constraints — each lib declares them next to its rules, so a rule's message
 * is written once and serves both the service's own check (`constraintError`) and the
 * translation of a violation only the database saw (a race, another road in). Returns its
 * argument, typed, for the lib to use.
 */
export function constraintMessages<T extends Record<string, ConstraintMeaning>>(messages: T): T {
  for (const [name, meaning] of Object.entries(messages)) {
    const known = meanings.get(name);
    if (known && known.message !== meaning.message) throw new Error(`constraint ${name} is described twice`);
    meanings.set(name, meaning);
  }
  return messages;
}

/** The registered meaning of a constraint, if a lib declared it. */
export function constraintMeaning(name: string): ConstraintMeaning | undefined {
  return meanings.get(name);
}

/** The error a violated rule stands for, whether the service or the database found it. */
export function constraintError(meaning: ConstraintMeaning): DomainError {
  if (meaning.kind === 'conflict') return new ConflictError(meaning.message, meaning.field);
  if (meaning.kind === 'missing') return new NotFoundError(meaning.message);
  return UserInputError.field(meaning.field, meaning.message);
}
