import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityTarget, type SelectQueryBuilder } from 'typeorm';

import { containsPattern, pageOf, type Page, type RequestContext } from '@rural/core';
import { AggregateRows, Transactions } from '@rural/database';
import { inDivisionSubtree } from '@rural/geography';

import type { SuggestionsArgs } from './dto/suggestions.args.js';
import { SuggestionAssignment } from './entities/suggestion-assignment.entity.js';
import { SuggestionAuthor } from './entities/suggestion-author.entity.js';
import { SuggestionBase } from './entities/suggestion-base.entity.js';
import { SuggestionDivision } from './entities/suggestion-division.entity.js';
import { SuggestionInstruction } from './entities/suggestion-instruction.entity.js';
import { SuggestionMatch } from './entities/suggestion-match.entity.js';
import { SuggestionOpinion } from './entities/suggestion-opinion.entity.js';
import { SuggestionReply } from './entities/suggestion-reply.entity.js';
import { SuggestionStep } from './entities/suggestion-step.entity.js';
import { SuggestionSupervisionNote } from './entities/suggestion-supervision-note.entity.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionLight } from './suggestion-light.js';
import type { SuggestionViewer } from './suggestion-viewer.js';

/** Columns a suggestion is written with. */
export type SuggestionRow = Partial<Omit<Suggestion, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'division' | 'leadUnit' | 'source'>>;

/** The places, bases and matches a suggestion is about. */
export interface SuggestionLinks {
  divisionIds: string[];
  baseIds: string[];
  matchIds: string[];
}

/** The tables whose ids a suggestion names, for existence checks. */
export type ReferencedTable = 'member' | 'division' | 'base' | 'match' | 'handling_unit';

/** The day lights are judged on and how many days before a deadline turn an item yellow. */
export interface LightDay {
  today: string;
  yellowDays: number;
}

/**
 * Every statement the suggestions lib runs on a suggestion and the rows that hang on it. Reads
 * take the viewer: a suggestion is placed in its committee division, and a unit's staff reach
 * only what is assigned to their unit — by id, in a list, or through a member.
 */
@Injectable()
export class SuggestionRepository extends AggregateRows<Suggestion, SuggestionRow> {
  constructor(
    @InjectRepository(Suggestion) private readonly suggestions: Repository<Suggestion>,
    private readonly transactions: Transactions,
  ) {
    super(Suggestion);
  }

  findVisible(ctx: RequestContext, id: string, viewer: SuggestionViewer): Promise<Suggestion | null> {
    return visibleTo(this.query(ctx).where('suggestion.id = :id', { id }), viewer).getOne();
  }

  findVisibleByIds(ctx: RequestContext, ids: readonly string[], viewer: SuggestionViewer): Promise<Suggestion[]> {
    return visibleTo(this.query(ctx).where('suggestion.id IN (:...ids)', { ids }), viewer).getMany();
  }

  /** One statement: the page (in id order) and the number of suggestions over all pages. */
  page({ filter, skip, take }: SuggestionsArgs, viewer: SuggestionViewer, day: LightDay): Promise<Page<Suggestion>> {
    const query = visibleTo(this.suggestions.createQueryBuilder('suggestion'), viewer);
    if (filter?.status) query.andWhere('suggestion.status = :status', { status: filter.status });
    if (filter?.kind) query.andWhere('suggestion.kind = :kind', { kind: filter.kind });
    if (filter?.divisionId) query.andWhere(inDivisionSubtree('suggestion.divisionId', 'divisionId'), { divisionId: filter.divisionId });
    if (filter?.unitId) query.andWhere(activeAssignment('unitId'), { unitId: filter.unitId });
    if (filter?.memberId) query.andWhere(authoredBy('memberId'), { memberId: filter.memberId });
    if (filter?.year) {
      query.andWhere('suggestion.submittedOn >= make_date(:year, 1, 1) AND suggestion.submittedOn < make_date(:year + 1, 1, 1)', {
        year: filter.year,
      });
    }
    if (filter?.search) {
      query.andWhere('(suggestion.title ILIKE :search OR suggestion.topic ILIKE :search)', { search: containsPattern(filter.search) });
    }
    if (filter?.light) query.andWhere(lightCondition(filter.light), day);
    return pageOf(query, { skip, take });
  }

  /** The suggestions each of these members authored (lead first), in id order, for `Member.suggestions`. */
  async authoredBy(
    ctx: RequestContext,
    memberIds: readonly string[],
    viewer: SuggestionViewer,
  ): Promise<{ memberId: string; suggestion: Suggestion }[]> {
    const { raw, entities } = await visibleTo(
      this.query(ctx)
        .innerJoin(SuggestionAuthor, 'author', 'author.suggestionId = suggestion.id')
        .addSelect('author.memberId', 'author_member_id')
        .where('author.memberId IN (:...memberIds)', { memberIds }),
      viewer,
    )
      .orderBy('suggestion.id', 'ASC')
      .getRawAndEntities<{ suggestion_id: string; author_member_id: string }>();
    const byId = new Map(entities.map((suggestion) => [suggestion.id, suggestion]));
    return raw.map((row) => ({ memberId: String(row.author_member_id), suggestion: byId.get(String(row.suggestion_id)) as Suggestion }));
  }

  /** The social-conditions items turned from these proposals. */
  turnedFrom(ctx: RequestContext, sourceIds: readonly string[], viewer: SuggestionViewer): Promise<Suggestion[]> {
    return visibleTo(this.query(ctx).where('suggestion.sourceId IN (:...sourceIds)', { sourceIds }), viewer).getMany();
  }

  /** Rows of a child table for many suggestions, in the order given. */
  childrenOf<T extends { suggestionId: string }>(
    ctx: RequestContext,
    entity: EntityTarget<T>,
    suggestionIds: readonly string[],
    order: Record<string, 'ASC' | 'DESC'>,
  ): Promise<T[]> {
    return this.transactions.manager(ctx).find(entity, { where: { suggestionId: In([...suggestionIds]) } as never, order: order as never });
  }

  authorsOf(ctx: RequestContext, suggestionIds: readonly string[]): Promise<SuggestionAuthor[]> {
    return this.childrenOf(ctx, SuggestionAuthor, suggestionIds, { position: 'ASC' });
  }

  async linksOf(ctx: RequestContext, suggestionId: string): Promise<SuggestionLinks> {
    // One after another: the embedded database has one connection.
    const manager = ctx.transaction;
    const divisions = await manager.findBy(SuggestionDivision, { suggestionId });
    const bases = await manager.findBy(SuggestionBase, { suggestionId });
    const matches = await manager.findBy(SuggestionMatch, { suggestionId });
    return {
      divisionIds: divisions.map((row) => row.divisionId),
      baseIds: bases.map((row) => row.baseId),
      matchIds: matches.map((row) => row.matchId),
    };
  }

  /** The ids among `ids` that have no row in `table`. */
  async missingIds(ctx: RequestContext, table: ReferencedTable, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = (await ctx.transaction.query(`SELECT id::text AS id FROM ${table} WHERE id = ANY($1::bigint[])`, [[...ids]])) as {
      id: string;
    }[];
    const found = new Set(rows.map((row) => row.id));
    return ids.filter((id) => !found.has(id));
  }

  /** Makes the authors exactly `memberIds`, the first as lead author. */
  async replaceAuthors(ctx: RequestContext, suggestionId: string, memberIds: readonly string[]): Promise<void> {
    await ctx.transaction.delete(SuggestionAuthor, { suggestionId });
    await ctx.transaction.insert(
      SuggestionAuthor,
      memberIds.map((memberId, position) => ({ suggestionId, memberId, position })),
    );
  }

  /** Makes each kind of link given exactly the ids given; a kind left out stays. */
  async replaceLinks(ctx: RequestContext, suggestionId: string, links: Partial<SuggestionLinks>): Promise<void> {
    const manager = ctx.transaction;
    if (links.divisionIds) {
      await manager.delete(SuggestionDivision, { suggestionId });
      if (links.divisionIds.length)
        await manager.insert(
          SuggestionDivision,
          links.divisionIds.map((divisionId) => ({ suggestionId, divisionId })),
        );
    }
    if (links.baseIds) {
      await manager.delete(SuggestionBase, { suggestionId });
      if (links.baseIds.length)
        await manager.insert(
          SuggestionBase,
          links.baseIds.map((baseId) => ({ suggestionId, baseId })),
        );
    }
    if (links.matchIds) {
      await manager.delete(SuggestionMatch, { suggestionId });
      if (links.matchIds.length)
        await manager.insert(
          SuggestionMatch,
          links.matchIds.map((matchId) => ({ suggestionId, matchId })),
        );
    }
  }

  async insertStep(ctx: RequestContext, step: Omit<SuggestionStep, 'id' | 'at' | 'suggestion'>): Promise<void> {
    await ctx.transaction.insert(SuggestionStep, step);
  }

  /** The units' active assignments to a suggestion, lead first. */
  activeAssignments(ctx: RequestContext, suggestionId: string): Promise<SuggestionAssignment[]> {
    return ctx.transaction.find(SuggestionAssignment, { where: { suggestionId, endedOn: IsNull() }, order: { role: 'DESC', id: 'ASC' } });
  }

  async insertAssignments(
    ctx: RequestContext,
    rows: Pick<SuggestionAssignment, 'suggestionId' | 'unitId' | 'role' | 'assignedOn'>[],
  ): Promise<void> {
    await ctx.transaction.insert(SuggestionAssignment, rows);
  }

  /** Ends an assignment; with a reason, the unit returned it. */
  async endAssignment(ctx: RequestContext, id: string, endedOn: string, returnReason: string | null): Promise<void> {
    await ctx.transaction.update(SuggestionAssignment, { id }, { endedOn, returnReason });
  }

  opinionOf(ctx: RequestContext, suggestionId: string, round: number, unitId: string): Promise<SuggestionOpinion | null> {
    return ctx.transaction.findOneBy(SuggestionOpinion, { suggestionId, round, unitId });
  }

  async insertOpinion(
    ctx: RequestContext,
    row: Pick<SuggestionOpinion, 'suggestionId' | 'unitId' | 'round' | 'text' | 'sentOn'>,
  ): Promise<void> {
    await ctx.transaction.insert(SuggestionOpinion, row);
  }

  async insertReply(
    ctx: RequestContext,
    row: Pick<SuggestionReply, 'suggestionId' | 'unitId' | 'round' | 'result' | 'text' | 'repliedOn' | 'deadline'>,
  ): Promise<void> {
    await ctx.transaction.insert(SuggestionReply, row);
  }

  replyOf(ctx: RequestContext, suggestionId: string, round: number): Promise<SuggestionReply | null> {
    return ctx.transaction.findOneBy(SuggestionReply, { suggestionId, round });
  }

  async evaluateReply(
    ctx: RequestContext,
    id: string,
    evaluation: Pick<SuggestionReply, 'evaluation' | 'evaluationNote' | 'evaluatedOn'>,
  ): Promise<void> {
    await ctx.transaction.update(SuggestionReply, { id }, evaluation);
  }

  async insertInstruction(
    ctx: RequestContext,
    row: Pick<SuggestionInstruction, 'suggestionId' | 'leader' | 'text' | 'givenOn'>,
  ): Promise<void> {
    await ctx.transaction.insert(SuggestionInstruction, row);
  }

  async insertSupervisionNote(
    ctx: RequestContext,
    row: Pick<SuggestionSupervisionNote, 'suggestionId' | 'text' | 'notedOn' | 'recordedBy'>,
  ): Promise<void> {
    await ctx.transaction.insert(SuggestionSupervisionNote, row);
  }

  private query(ctx: RequestContext): SelectQueryBuilder<Suggestion> {
    return this.transactions.manager(ctx).createQueryBuilder(Suggestion, 'suggestion');
  }
}

/** Limits a query over `suggestion` to what the viewer may read. */
export function visibleTo(query: SelectQueryBuilder<Suggestion>, viewer: SuggestionViewer): SelectQueryBuilder<Suggestion> {
  if (viewer.scope) query.andWhere(inDivisionSubtree('suggestion.divisionId', 'viewerScope'), { viewerScope: viewer.scope });
  if (viewer.unitId) return query.andWhere(activeAssignment('viewerUnit'), { viewerUnit: viewer.unitId });
  if (viewer.office) return query;
  if (viewer.memberId) {
    return query.andWhere(`(suggestion.status <> 'DRAFT' OR ${authoredBy('viewerMember')})`, { viewerMember: viewer.memberId });
  }
  return query.andWhere(`suggestion.status <> 'DRAFT'`);
}

function activeAssignment(param: string): string {
  return `EXISTS (SELECT 1 FROM suggestion_assignment active WHERE active.suggestion_id = suggestion.id AND active.unit_id = :${param} AND active.ended_on IS NULL)`;
}

function authoredBy(param: string): string {
  return `EXISTS (SELECT 1 FROM suggestion_author authored WHERE authored.suggestion_id = suggestion.id AND authored.member_id = :${param})`;
}

/** The condition of a light, with `:today` and `:yellowDays` (date minus date is days in PostgreSQL). */
function lightCondition(light: SuggestionLight): string {
  const open = `suggestion.status = 'ASSIGNED'`;
  switch (light) {
    case SuggestionLight.RED:
      return `${open} AND suggestion.deadline < CAST(:today AS date)`;
    case SuggestionLight.YELLOW:
      return `${open} AND suggestion.deadline >= CAST(:today AS date) AND suggestion.deadline - CAST(:today AS date) <= :yellowDays`;
    case SuggestionLight.GREEN:
      return `${open} AND suggestion.deadline - CAST(:today AS date) > :yellowDays`;
  }
}
