import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';

import { assertValid, normalizeDecimal, type RequestContext } from '@rural/core';
import { CreateMatchInput, Match, MatchBroker, MatchService, MatchStatus } from '@rural/matches';

import type { ImportProblem } from '../history/import-problem.js';
import { PlaceDirectory } from '../keys/place-directory.js';
import { ReferenceDirectory } from '../keys/reference-directory.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import { FileKeys } from './file-keys.js';
import type { KindImport, KindImporter } from './kind-importer.js';
import { rowByRow, type RowEffect } from './row-by-row.js';
import { columnsOfFields, keyProblemOfRow, villageOfRow } from './village-of-row.js';

/** What a row may change of a match (enterprise, village and base are its key). */
interface MatchChanges {
  status?: MatchStatus;
  signedOn?: string | null;
  investmentYuan?: string | null;
  /** Given: the brokers become exactly these. */
  brokerIds?: string[];
}

/** The key a row names, found. */
interface MatchKey {
  enterpriseId: string;
  villageId: string;
  baseId: string | null;
}

const columnOf = columnsOfFields({
  enterpriseId: '对接企业',
  villageId: '村',
  baseId: '基地',
  brokerIds: '牵线委员',
  status: '状态',
  signedOn: '签约日期',
  investmentYuan: '协议投资',
});

/**
 * 引企下乡对接 from a file, found again by enterprise + village + base (none counting as one):
 * each row written through MatchService (its checks, scope, versions and audit).
 */
@Injectable()
export class MatchesImporter implements KindImporter {
  readonly kind = 'matches' as const;
  readonly batchSize = 200;

  constructor(private readonly matches: MatchService) {}

  start(ctx: RequestContext): KindImport {
    return new MatchesImport(ctx, this.matches);
  }
}

class MatchesImport implements KindImport {
  private readonly places: PlaceDirectory;
  private readonly references: ReferenceDirectory;
  private readonly fileKeys = new FileKeys();

  constructor(
    private readonly ctx: RequestContext,
    private readonly matches: MatchService,
  ) {
    this.places = new PlaceDirectory(ctx, ctx.transaction);
    this.references = new ReferenceDirectory(ctx.transaction);
  }

  batch(rows: ParsedRow[]) {
    return rowByRow(this.ctx, rows, (row) => this.write(row), columnOf);
  }

  private async write(row: ParsedRow): Promise<RowEffect> {
    if (row.problems.length > 0) return { problems: row.problems };
    const key = await this.keyOf(row);
    if ('problems' in key) return key;
    const changes = await this.changesOf(row);
    if ('problems' in changes) return changes;

    const manager = this.ctx.transaction;
    const existing = await manager.findOneBy(Match, { ...key, baseId: key.baseId ?? IsNull() });
    if (!existing) {
      // The use case leaves the input's rules (签约日期 not after today …) to GraphQL's validation; a file is held to them here.
      await this.matches.create(this.ctx, await assertValid(CreateMatchInput, { ...key, ...changes }));
      return 'created';
    }
    const brokerIds = (await manager.findBy(MatchBroker, { matchId: existing.id })).map((link) => link.memberId);
    if (isUnchanged(existing, brokerIds, changes)) return 'unchanged';
    await this.matches.update(this.ctx, { id: existing.id, version: existing.version, ...changes });
    return 'updated';
  }

  /** The row's village (in the caller's division), enterprise and base, and its claim in the file. */
  private async keyOf(row: ParsedRow): Promise<MatchKey | { problems: ImportProblem[] }> {
    const village = await villageOfRow(this.ctx, this.places, row);
    if (!village.ok) return keyProblemOfRow(row, village);
    const enterprise = await this.references.enterprise(valueOf<string>(row, 'enterprise') as string, '对接企业');
    if (!enterprise.ok) return keyProblemOfRow(row, enterprise);
    let baseId: string | null = null;
    const baseName = valueOf<string>(row, 'base');
    if (baseName) {
      const base = await this.references.base(village.value.id, village.value.name, baseName, '基地');
      if (!base.ok) return keyProblemOfRow(row, base);
      baseId = base.value.id;
    }
    const at = baseName ? `${village.value.name}的基地“${baseName}”` : `${village.value.name}（未指定基地）`;
    const duplicate = this.fileKeys.claim(
      [enterprise.value.id, village.value.id, baseId ?? ''].join('|'),
      row,
      '对接企业',
      `“${enterprise.value.name}”在${at}的对接`,
    );
    if (duplicate) return { problems: [duplicate] };
    return { enterpriseId: enterprise.value.id, villageId: village.value.id, baseId };
  }

  /** The columns the file has, as a match stores them: an empty 状态 is 意向, an empty 牵线委员 none. */
  private async changesOf(row: ParsedRow): Promise<MatchChanges | { problems: ImportProblem[] }> {
    const changes: MatchChanges = {};
    if (row.values.has('status')) changes.status = (valueOf<string>(row, 'status') as MatchStatus | null) ?? MatchStatus.INTENT;
    if (row.values.has('signedOn')) changes.signedOn = valueOf<string>(row, 'signedOn') ?? null;
    if (row.values.has('investmentYuan')) changes.investmentYuan = valueOf<string>(row, 'investmentYuan') ?? null;
    const names = valueOf<string[]>(row, 'brokers');
    if (names !== undefined) {
      const members = await this.references.membersNamed(names ?? [], '牵线委员');
      if (!members.ok) return keyProblemOfRow(row, members);
      changes.brokerIds = members.value.map((member) => member.id);
    }
    return changes;
  }
}

/** Every column the row has equals what is stored; brokers as a set, the investment by value. */
function isUnchanged(match: Match, brokerIds: string[], changes: MatchChanges): boolean {
  if (changes.status !== undefined && changes.status !== match.status) return false;
  if (changes.signedOn !== undefined && changes.signedOn !== match.signedOn) return false;
  if (changes.investmentYuan !== undefined && !sameAmount(match.investmentYuan, changes.investmentYuan)) return false;
  if (changes.brokerIds !== undefined) {
    const stored = new Set(brokerIds);
    if (stored.size !== changes.brokerIds.length || changes.brokerIds.some((id) => !stored.has(id))) return false;
  }
  return true;
}

function sameAmount(stored: string | null, given: string | null): boolean {
  if (stored === null || given === null) return stored === given;
  return normalizeDecimal(stored) === normalizeDecimal(given);
}
