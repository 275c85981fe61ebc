import { Injectable } from '@nestjs/common';

import { BaseService } from '@rural/bases';
import { DomainError, ErrorCode, type RequestContext } from '@rural/core';
import { EnterpriseService } from '@rural/enterprises';
import { DivisionLevel, DivisionService, type Division } from '@rural/geography';
import { MatchService } from '@rural/matches';
import { MemberService } from '@rural/members';
import type { ImpactFilter } from '@rural/outcomes';
import { ServiceTeamService } from '@rural/service-teams';

/**
 * A filter id the caller cannot see answers as one that does not exist, as `division(id)`,
 * `base(id)` and `match(id)` answer null for both: the file would otherwise carry its name, and a
 * refusal of its own would tell a town's clerk which ids exist outside their town.
 */
export class SubjectNotVisibleError extends DomainError {
  constructor(what: string, parameter: string, id: string) {
    const message = `${what}不存在，或不在您可以查看的范围内`;
    super(`${what}（编号 ${id}，参数 ${parameter}）不存在，或不在您可以查看的范围内`, ErrorCode.NOT_FOUND, {
      fields: [{ field: parameter, message }],
    });
  }
}

const ABOVE_COUNTY = new Set<DivisionLevel>([DivisionLevel.PROVINCE, DivisionLevel.CITY]);

/** What a report's filter names, by name: its place and, when the filter has them, the thing it is about. */
export interface FilterSubjects {
  /** The division's names from the county down (东兰县, 武篆镇); empty for everything the caller sees. */
  place: string[];
  /** "企业：…", "基地：…（东里村）" — one line for each other id in the filter. */
  lines: string[];
}

/**
 * Turns the ids of an impact filter into the names a leader reads, each looked up as the caller
 * may see it: places, bases and matches within the caller's division (refused when outside),
 * enterprises, members and teams from the county-wide registries. A report without a division is
 * about the caller's own division, when they have one.
 */
@Injectable()
export class FilterSubjectNames {
  constructor(
    private readonly divisions: DivisionService,
    private readonly bases: BaseService,
    private readonly matches: MatchService,
    private readonly enterprises: EnterpriseService,
    private readonly members: MemberService,
    private readonly teams: ServiceTeamService,
  ) {}

  async of(ctx: RequestContext, filter: ImpactFilter): Promise<FilterSubjects> {
    const divisionId = filter.divisionId ?? ctx.scope;
    const division = divisionId ? await this.visible(this.divisions.findById(ctx, divisionId), '区划', 'divisionId', divisionId) : null;
    const [place, lines] = await Promise.all([division ? this.placeChain(ctx, division) : [], this.otherLines(ctx, filter)]);
    return { place, lines };
  }

  private async otherLines(ctx: RequestContext, filter: ImpactFilter): Promise<string[]> {
    const lines: string[] = [];
    if (filter.enterpriseId) {
      const enterprise = await this.visible(
        this.enterprises.findById(ctx, filter.enterpriseId),
        '企业',
        'enterpriseId',
        filter.enterpriseId,
      );
      lines.push(`企业：${enterprise.name}`);
    }
    if (filter.memberId) {
      const member = await this.visible(this.members.findById(ctx, filter.memberId), '委员', 'memberId', filter.memberId);
      lines.push(`委员：${member.name}`);
    }
    if (filter.teamId) {
      const team = await this.visible(this.teams.findById(ctx, filter.teamId), '服务团', 'teamId', filter.teamId);
      lines.push(`服务团：${team.name}`);
    }
    if (filter.baseId) {
      const base = await this.visible(this.bases.findById(ctx, filter.baseId), '基地', 'baseId', filter.baseId);
      const village = await this.bases.villageOf(ctx, base);
      lines.push(`基地：${base.name}${village ? `（${village.name}）` : ''}`);
    }
    if (filter.matchId) {
      const match = await this.visible(this.matches.findById(ctx, filter.matchId), '对接', 'matchId', filter.matchId);
      const [enterprise, village] = await Promise.all([
        this.enterprises.byIdLoader(ctx).load(match.enterpriseId),
        this.divisions.byIdLoader(ctx).load(match.villageId),
      ]);
      lines.push(`对接：${enterprise?.name ?? ''}（${village?.name ?? ''}）`);
    }
    return lines;
  }

  private async visible<T>(found: Promise<T | null>, what: string, parameter: string, id: string): Promise<T> {
    const subject = await found;
    if (!subject) throw new SubjectNotVisibleError(what, parameter, id);
    return subject;
  }

  /** The names from the county down to the division (东兰县, 武篆镇), or its own name above a county. */
  private async placeChain(ctx: RequestContext, division: Division): Promise<string[]> {
    if (ABOVE_COUNTY.has(division.level)) return [division.name];
    const loader = this.divisions.byIdLoader(ctx);
    const ancestors = await Promise.all(division.ancestorIds.filter((id) => id !== division.id).map((id) => loader.load(id)));
    const below = ancestors.filter((ancestor): ancestor is Division => ancestor !== null && !ABOVE_COUNTY.has(ancestor.level));
    return [...below.map((ancestor) => ancestor.name), division.name];
  }
}
