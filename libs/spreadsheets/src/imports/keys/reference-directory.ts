import { In, type EntityManager } from 'typeorm';

import { Base } from '@rural/bases';
import { Enterprise } from '@rural/enterprises';
import { Member } from '@rural/members';
import { ServiceTeam } from '@rural/service-teams';

import { enterpriseNamed } from './enterprise-named.js';
import { found, keyProblem, type KeyResult } from './key-result.js';

/** A match and where it is: its base (if any), its village and the village's ancestors. */
export interface MatchPlace {
  id: string;
  baseId: string | null;
  villageId: string;
  villageAncestorIds: string[];
}

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * Finds what a file names besides places — enterprises by 统一社会信用代码 or exact name, service
 * teams and members by name, bases by village and name, matches by enterprise, village and base —
 * reading each name once per import.
 */
export class ReferenceDirectory {
  private readonly enterprises = new Map<string, Promise<Enterprise[]>>();
  private readonly teams = new Map<string, Promise<ServiceTeam[]>>();
  private readonly villageBases = new Map<string, Promise<Base[]>>();
  private readonly enterpriseMatches = new Map<string, Promise<MatchPlace[]>>();
  private readonly members = new Map<string, Promise<Member[]>>();

  constructor(private readonly manager: EntityManager) {}

  /** Reads ahead the enterprises and teams a batch names, in two queries instead of one per row. */
  async preload(enterpriseKeys: string[], teamNames: string[]): Promise<void> {
    const codes = unique(enterpriseKeys.filter((key) => CREDIT_CODE.test(key) && !this.enterprises.has(key)));
    const names = unique(enterpriseKeys.filter((key) => !CREDIT_CODE.test(key) && !this.enterprises.has(key)));
    if (codes.length + names.length > 0) {
      const rows = this.manager.find(Enterprise, { where: [{ creditCode: In(codes) }, { name: In(names) }] });
      for (const key of [...codes, ...names]) {
        this.enterprises.set(
          key,
          rows.then((all) => all.filter((row) => (CREDIT_CODE.test(key) ? row.creditCode === key : row.name === key))),
        );
      }
    }
    const teams = unique(teamNames.filter((name) => !this.teams.has(name)));
    if (teams.length > 0) {
      const rows = this.manager.find(ServiceTeam, { where: { name: In(teams) } });
      for (const name of teams)
        this.teams.set(
          name,
          rows.then((all) => all.filter((row) => row.name === name)),
        );
    }
  }

  /** By 统一社会信用代码, or by exact name (several enterprises may share a name when they have codes): see `enterpriseNamed`. */
  async enterprise(key: string, column: string): Promise<KeyResult<Enterprise>> {
    let rows = this.enterprises.get(key);
    if (!rows) {
      await this.preload([key], []);
      rows = this.enterprises.get(key) as Promise<Enterprise[]>;
    }
    const matches = await rows;
    const chosen = CREDIT_CODE.test(key) ? (matches[0] ?? null) : enterpriseNamed(matches);
    if (chosen !== null && chosen !== 'AMBIGUOUS') return found(chosen);
    if (chosen === null)
      return keyProblem(
        'NOT_FOUND',
        column,
        `没有${CREDIT_CODE.test(key) ? '统一社会信用代码为' : '名为'}“${key}”的企业，请先录入企业或核对名称`,
      );
    return keyProblem('AMBIGUOUS', column, `名为“${key}”的企业不止一家，请改填统一社会信用代码`);
  }

  async team(name: string, column: string): Promise<KeyResult<ServiceTeam>> {
    let rows = this.teams.get(name);
    if (!rows) {
      await this.preload([], [name]);
      rows = this.teams.get(name) as Promise<ServiceTeam[]>;
    }
    const [team] = await rows;
    return team ? found(team) : keyProblem('NOT_FOUND', column, `没有名为“${name}”的服务团，请先录入服务团或核对名称`);
  }

  /** The members a cell names, each by exact name, in the cell's order and each once (names are not unique: two namesakes are AMBIGUOUS). */
  async membersNamed(names: string[], column: string): Promise<KeyResult<Member[]>> {
    const missing = unique(names.filter((name) => !this.members.has(name)));
    if (missing.length > 0) {
      const rows = this.manager.find(Member, { where: { name: In(missing) }, order: { id: 'ASC' } });
      for (const name of missing)
        this.members.set(
          name,
          rows.then((all) => all.filter((row) => row.name === name)),
        );
    }
    const found: Member[] = [];
    for (const name of unique(names)) {
      const matches = await (this.members.get(name) as Promise<Member[]>);
      if (matches.length === 0) return keyProblem('NOT_FOUND', column, `没有名为“${name}”的委员，请先录入委员或核对姓名`);
      if (matches.length > 1) {
        return keyProblem(
          'AMBIGUOUS',
          column,
          `名为“${name}”的委员不止一位，按姓名无法确定是哪一位：请从本行删去该姓名，导入后在对接中选定该委员`,
        );
      }
      found.push(matches[0]);
    }
    return { ok: true, value: found };
  }

  /** Reads the bases of these villages in one query (those not read yet). */
  async preloadBases(villageIds: string[]): Promise<void> {
    const missing = unique(villageIds.filter((id) => !this.villageBases.has(id)));
    if (missing.length === 0) return;
    const rows = this.manager.find(Base, { where: { villageId: In(missing) } });
    for (const id of missing)
      this.villageBases.set(
        id,
        rows.then((all) => all.filter((row) => row.villageId === id)),
      );
  }

  /** A base of the village by name (unique within a village). */
  async base(villageId: string, villageName: string, name: string, column: string): Promise<KeyResult<Base>> {
    let rows = this.villageBases.get(villageId);
    if (!rows) {
      rows = this.manager.find(Base, { where: { villageId } });
      this.villageBases.set(villageId, rows);
    }
    const base = (await rows).find((row) => row.name === name);
    return base ? found(base) : keyProblem('NOT_FOUND', column, `“${villageName}”没有名为“${name}”的基地，请先录入基地或核对名称`);
  }

  /** Every match of an enterprise with where it is (an enterprise has few). */
  matchesOf(enterpriseId: string): Promise<MatchPlace[]> {
    let rows = this.enterpriseMatches.get(enterpriseId);
    if (!rows) {
      rows = this.manager
        .query(
          `SELECT m.id, m.base_id, m.village_id, v.ancestor_ids FROM match m JOIN division v ON v.id = m.village_id
           WHERE m.enterprise_id = $1 ORDER BY m.id`,
          [enterpriseId],
        )
        .then((found: { id: string; base_id: string | null; village_id: string; ancestor_ids: string[] }[]) =>
          found.map((row) => ({
            id: row.id,
            baseId: row.base_id,
            villageId: row.village_id,
            villageAncestorIds: row.ancestor_ids.map(String),
          })),
        );
      this.enterpriseMatches.set(enterpriseId, rows);
    }
    return rows;
  }

  /** Forgets a village's bases: an import that creates bases reads them again. */
  forgetBases(villageId: string): void {
    this.villageBases.delete(villageId);
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
