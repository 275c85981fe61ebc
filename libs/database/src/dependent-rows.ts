import type { EntityManager } from 'typeorm';

import { ConflictError } from '@rural/core';

/** Rows of one table that keep a row of another from being deleted (an ON DELETE RESTRICT key). */
export interface Dependent {
  /** The table whose rows depend, e.g. `match`. */
  table: string;
  /** Its column naming the referenced row, e.g. `base_id`. */
  column: string;
  /** The referenced table, e.g. `base`. */
  references: string;
  /** The foreign key, so that a violation the database alone saw gets the same words. */
  constraint: string;
  /** What they are, in Chinese: `对接`. */
  noun: string;
  /** The measure word that counts them: `个` (2 个对接), `次` (3 次服务活动), `条`. */
  unit: string;
}

const dependents: Dependent[] = [];

/**
 * Declares that rows of a lib's table keep rows of an upstream table: called by the lib that owns
 * the dependent table (matches declare that matches keep bases), so upstream libs never name
 * downstream tables, and a new dependent is counted by every delete without touching upstream code.
 */
export function declareDependents(...declared: Dependent[]): void {
  for (const dependent of declared) {
    if (!dependents.some((known) => known.constraint === dependent.constraint)) dependents.push(dependent);
  }
}

/** The declared dependent whose foreign key this is. */
export function dependentByConstraint(constraint: string): Dependent | undefined {
  return dependents.find((dependent) => dependent.constraint === constraint);
}

/**
 * Refuses to delete a row that other rows still depend on, naming how many of each in one
 * sentence (`该基地仍有 2 个对接、3 次服务活动，不能删除`). One statement however many dependents.
 * `noun` is the row as the sentence names it (`该基地`).
 */
export async function assertNoDependents(manager: EntityManager, table: string, id: string, noun: string): Promise<void> {
  const found = dependents.filter((dependent) => dependent.references === table);
  if (found.length === 0) return;
  const counts = found.map(
    (dependent, index) => `(SELECT count(*) FROM ${dependent.table} WHERE ${dependent.column} = $1)::int AS d${index}`,
  );
  const [row] = (await manager.query(`SELECT ${counts.join(', ')}`, [id])) as Record<string, number>[];
  const holders = found.flatMap((dependent, index) => {
    const count = row[`d${index}`];
    return count > 0 ? [`${count} ${dependent.unit}${dependent.noun}`] : [];
  });
  if (holders.length > 0) throw new ConflictError(`${noun}仍有${holders.join('、')}，不能删除`, 'id');
}
