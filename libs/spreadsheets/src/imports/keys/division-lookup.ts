import { IsNull, type EntityManager } from 'typeorm';

import { Division, isBelow, type DivisionLevel } from '@rural/geography';

import { toHalfWidth } from '../../cells/cell-text.js';
import { found, keyProblem, type KeyResult } from './key-result.js';

const DIVISION_CODE = /^\d{12}$/;
const PARENT = '上级区划';

/**
 * Finds divisions for an import of the tree itself. Nothing is cached: a file may hold a town and,
 * in later rows, its villages, and each row must see the divisions the rows before it wrote in the
 * same transaction. A few indexed reads per row, for files of hundreds of rows.
 */
export class DivisionLookup {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The parent a 上级区划 cell names: by 12-digit 区划代码, else by name among the divisions above
   * `level` (a village's 上级 cannot be another village). Several of one name: AMBIGUOUS.
   */
  async parent(text: string, level: DivisionLevel): Promise<KeyResult<Division>> {
    // A code typed in 全角 digits is still a code: no division is named by twelve digits.
    const code = toHalfWidth(text);
    if (DIVISION_CODE.test(code)) {
      const byCode = await this.byCode(code);
      return byCode ? found(byCode) : keyProblem('NOT_FOUND', PARENT, `没有区划代码为 ${code} 的区划，请核对代码，或先导入该上级区划`);
    }
    const named = await this.manager.find(Division, { where: { name: text }, order: { id: 'ASC' } });
    // Names at or below the row's level cannot be its parent; if only such exist, the use case says why.
    const above = named.filter((division) => isBelow(level, division.level));
    const candidates = above.length > 0 ? above : named;
    if (candidates.length === 1) return found(candidates[0]);
    if (candidates.length === 0) {
      return keyProblem('NOT_FOUND', PARENT, `没有名为“${text}”的区划：请核对名称，或在本行之前先导入该上级区划`);
    }
    const which = candidates.map((division) => division.code ?? `编号 ${division.id}`).join('、');
    return keyProblem('AMBIGUOUS', PARENT, `名为“${text}”的区划不止一个（${which}），请改填上级区划的 12 位区划代码`);
  }

  byCode(code: string): Promise<Division | null> {
    return this.manager.findOneBy(Division, { code });
  }

  /** The child of `parentId` (null: a root) with this name — one at most, the database holds it. */
  sibling(parentId: string | null, name: string): Promise<Division | null> {
    return this.manager.findOneBy(Division, { parentId: parentId ?? IsNull(), name });
  }

  /** Every division of this name and level, wherever it is: for a file without 上级区划. */
  named(name: string, level: DivisionLevel): Promise<Division[]> {
    return this.manager.find(Division, { where: { name, level }, order: { id: 'ASC' }, take: 10 });
  }
}
