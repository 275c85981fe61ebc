import type { EntityManager } from 'typeorm';

import type { RequestContext } from '@rural/core';
import { Division, DivisionLevel } from '@rural/geography';

import { found, keyProblem, type KeyResult } from './key-result.js';

/** The 县, 乡镇, 村 cells of a row, cleaned (null: empty). */
export interface PlaceCells {
  county: string | null;
  town: string | null;
  village: string | null;
}

const DIVISION_CODE = /^\d{12}$/;

/**
 * Finds the divisions a file names by name (or by 12-digit 区划代码 where a name is ambiguous):
 * 县 by name anywhere (empty: the caller's county), 乡镇 under the 县, 村 under the 乡镇 (or, with no
 * 乡镇 given, anywhere in the 县). A county's divisions are read once per import and kept.
 */
export class PlaceDirectory {
  private readonly counties = new Map<string, Promise<CountyTree>>();
  // A ledger names the same few places on thousands of rows: each distinct 县/乡镇/村 is looked up once.
  private readonly places = new Map<string, Promise<KeyResult<Division>>>();
  private callerCounty: Promise<Division | null> | null = null;

  constructor(
    private readonly ctx: RequestContext,
    private readonly manager: EntityManager,
  ) {}

  /** The most precise division the cells name: the 村, else the 乡镇, else the 县. Asked once per distinct cells. */
  place(cells: PlaceCells): Promise<KeyResult<Division>> {
    const key = `${cells.county ?? ''}\u0000${cells.town ?? ''}\u0000${cells.village ?? ''}`;
    let result = this.places.get(key);
    if (!result) {
      result = this.lookUp(cells);
      this.places.set(key, result);
    }
    return result;
  }

  private async lookUp(cells: PlaceCells): Promise<KeyResult<Division>> {
    const county = await this.county(cells.county);
    if (!county.ok) return county;
    const tree = await this.tree(county.value);
    let town: Division | null = null;
    if (cells.town) {
      const result = pick(tree.children(county.value.id, DivisionLevel.TOWN), cells.town, '乡镇', `“${county.value.name}”`);
      if (!result.ok) return result;
      town = result.value;
    }
    if (!cells.village) return found(town ?? county.value);
    const villages = town ? tree.children(town.id, DivisionLevel.VILLAGE) : tree.all(DivisionLevel.VILLAGE);
    return pick(villages, cells.village, '村', `“${(town ?? county.value).name}”`);
  }

  private async county(text: string | null): Promise<KeyResult<Division>> {
    if (!text) {
      const own = await this.ownCounty();
      return own ? found(own) : keyProblem('REQUIRED', '县', '账号不属于任何县，请在“县”列填写县名或 12 位区划代码');
    }
    const where = DIVISION_CODE.test(text) ? { code: text, level: DivisionLevel.COUNTY } : { name: text, level: DivisionLevel.COUNTY };
    const counties = await this.manager.find(Division, { where, take: 2 });
    if (counties.length === 0) return keyProblem('NOT_FOUND', '县', `没有名为“${text}”的县，请核对县名或填写 12 位区划代码`);
    if (counties.length > 1) return keyProblem('AMBIGUOUS', '县', `名为“${text}”的县不止一个，请改填 12 位区划代码`);
    return found(counties[0]);
  }

  /** The county of the caller's division (itself when it is one); null for a caller above county level. */
  private ownCounty(): Promise<Division | null> {
    this.callerCounty ??= (async () => {
      if (!this.ctx.scope) return null;
      const own = await this.manager.findOneBy(Division, { id: this.ctx.scope });
      if (!own || own.level === DivisionLevel.COUNTY) return own;
      return this.countyAmong(own.ancestorIds);
    })();
    return this.callerCounty;
  }

  private async countyAmong(ids: string[]): Promise<Division | null> {
    const chain = await this.manager.findBy(
      Division,
      ids.map((id) => ({ id })),
    );
    return chain.find((division) => division.level === DivisionLevel.COUNTY) ?? null;
  }

  private tree(county: Division): Promise<CountyTree> {
    let tree = this.counties.get(county.id);
    if (!tree) {
      tree = this.manager
        .createQueryBuilder(Division, 'd')
        .where(':county = ANY(d.ancestor_ids)', { county: county.id })
        .andWhere('d.id <> :county', { county: county.id })
        .getMany()
        .then((divisions) => new CountyTree(divisions));
      this.counties.set(county.id, tree);
    }
    return tree;
  }
}

/** A county's towns and villages, by parent. */
class CountyTree {
  private readonly byParent = new Map<string, Division[]>();

  constructor(private readonly divisions: Division[]) {
    for (const division of divisions) {
      const siblings = this.byParent.get(division.parentId ?? '') ?? [];
      siblings.push(division);
      this.byParent.set(division.parentId ?? '', siblings);
    }
  }

  children(parentId: string, level: DivisionLevel): Division[] {
    return (this.byParent.get(parentId) ?? []).filter((division) => division.level === level);
  }

  all(level: DivisionLevel): Division[] {
    return this.divisions.filter((division) => division.level === level);
  }
}

/** The one division among `candidates` a cell names, by 区划代码 or by name. */
function pick(candidates: Division[], text: string, noun: '乡镇' | '村', under: string): KeyResult<Division> {
  const byCode = DIVISION_CODE.test(text);
  const matches = candidates.filter((division) => (byCode ? division.code === text : division.name === text));
  if (matches.length === 1) return found(matches[0]);
  if (matches.length === 0) {
    return keyProblem('NOT_FOUND', noun, `${under}下没有${byCode ? `区划代码为 ${text} 的` : `名为“${text}”的`}${noun}，请核对名称`);
  }
  const codes = matches.map((division) => division.code ?? `编号 ${division.id}`).join('、');
  return keyProblem('AMBIGUOUS', noun, `${under}下名为“${text}”的${noun}不止一个，请改填 12 位区划代码（${codes}）`);
}
