import { In, type EntityManager } from 'typeorm';

import { Division } from '@rural/geography';

import { toHalfWidth } from '../../cells/cell-text.js';
import { found, keyProblem, type KeyResult } from './key-result.js';

const DIVISION_CODE = /^\d{12}$/;
// 河池市/东兰县, 河池市 › 东兰县, 河池市>东兰县 or with spaces: each part a level below the one before.
const PATH_SEPARATORS = /\s*[/／>＞›»]\s*|\s+/;

/**
 * Finds the division a 所属政协 cell names: a 12-digit 区划代码, a name found once in the whole
 * tree (东兰县), or a path of names each under the one before (河池市/东兰县, 东兰县/武篆镇) when a
 * name alone is not unique. Each distinct cell is looked up once per import.
 */
export class DivisionPaths {
  private readonly cache = new Map<string, Promise<KeyResult<Division>>>();

  constructor(
    private readonly manager: EntityManager,
    private readonly column: string,
  ) {}

  find(text: string): Promise<KeyResult<Division>> {
    let result = this.cache.get(text);
    if (!result) {
      result = this.lookUp(text);
      this.cache.set(text, result);
    }
    return result;
  }

  private async lookUp(text: string): Promise<KeyResult<Division>> {
    const code = toHalfWidth(text).trim();
    if (DIVISION_CODE.test(code)) {
      const byCode = await this.manager.findOneBy(Division, { code });
      return byCode ? found(byCode) : keyProblem('NOT_FOUND', this.column, `没有区划代码为 ${code} 的区划，请核对代码`);
    }
    const names = text.split(PATH_SEPARATORS).filter((part) => part !== '');
    let candidates = await this.manager.find(Division, { where: { name: names[0] }, order: { id: 'ASC' } });
    for (const name of names.slice(1)) {
      if (candidates.length === 0) break;
      candidates = await this.manager.find(Division, {
        where: { name, parentId: In(candidates.map((division) => division.id)) },
        order: { id: 'ASC' },
      });
    }
    if (candidates.length === 1) return found(candidates[0]);
    if (candidates.length === 0) {
      return keyProblem('NOT_FOUND', this.column, `没有“${text}”这个区划：请核对名称，上下级之间用 / 分隔（如 河池市/东兰县）`);
    }
    const codes = candidates.map((division) => division.code ?? `编号 ${division.id}`).join('、');
    return keyProblem(
      'AMBIGUOUS',
      this.column,
      `名为“${text}”的区划不止一个（${codes}），请写上级路径（如 河池市/东兰县）或 12 位区划代码`,
    );
  }
}
