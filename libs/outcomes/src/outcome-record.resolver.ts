import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Base, BaseService } from '@rural/bases';
import { Ctx, PaginationArgs, type RequestContext } from '@rural/core';
import { Division, DivisionService } from '@rural/geography';
import { Match, MatchService } from '@rural/matches';
import { ServiceTeam, ServiceTeamService } from '@rural/service-teams';

import { ImpactFilter } from './dto/impact-filter.input.js';
import { OutcomeRecordList } from './dto/outcome-record-list.js';
import { RecordOutcomeInput } from './dto/record-outcome.input.js';
import { UpdateOutcomeRecordInput } from './dto/update-outcome-record.input.js';
import { OutcomeRecord } from './outcome-record.entity.js';
import { OutcomeRecordService } from './outcome-record.service.js';
import { OutcomeStatus } from './outcome-status.js';

@Resolver(() => OutcomeRecord)
export class OutcomeRecordResolver {
  constructor(
    private readonly service: OutcomeRecordService,
    private readonly bases: BaseService,
    private readonly divisions: DivisionService,
    private readonly matches: MatchService,
    private readonly teams: ServiceTeamService,
  ) {}

  @Query(() => OutcomeRecord, { nullable: true, description: '成效记录 — one outcome record by id; null when there is none.' })
  outcomeRecord(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The outcome record.' }) id: string,
  ): Promise<OutcomeRecord | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => OutcomeRecordList, { description: '成效记录列表 — the outcome records a filter covers, latest period first.' })
  outcomeRecords(
    @Ctx() ctx: RequestContext,
    @Args() paging: PaginationArgs,
    // Optional, not `| null`: the design type must stay ImpactFilter for the validation pipe.
    @Args('filter', {
      type: () => ImpactFilter,
      nullable: true,
      description: 'Which records: place, period range, enterprise, member, team, base, match.',
    })
    filter?: ImpactFilter,
    @Args('statuses', {
      type: () => [OutcomeStatus],
      nullable: true,
      description: '审核状态 — only records in one of these statuses (the approval queue); a viewer still sees only APPROVED ones.',
    })
    statuses?: OutcomeStatus[],
  ): Promise<OutcomeRecordList> {
    return this.service.list(ctx, filter, paging, statuses);
  }

  @Mutation(() => OutcomeRecord, { description: '录入成效 — records the figures of one base or division for one period.' })
  recordOutcome(@Ctx() ctx: RequestContext, @Args('input') input: RecordOutcomeInput): Promise<OutcomeRecord> {
    return this.service.record(ctx, input);
  }

  @Mutation(() => OutcomeRecord, { description: "修改成效记录 — corrects an outcome record's figures, period, scope or source." })
  updateOutcomeRecord(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOutcomeRecordInput): Promise<OutcomeRecord> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, { description: '删除成效记录 — removes an outcome record entered by mistake.' })
  deleteOutcomeRecord(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The outcome record.' }) id: string,
  ): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => Base, { nullable: true, description: '基地 — the base the figures are for; null when the scope is a division.' })
  base(@Parent() record: OutcomeRecord, @Ctx() ctx: RequestContext): Promise<Base | null> | null {
    return record.baseId ? this.bases.byIdLoader(ctx).load(record.baseId) : null;
  }

  @ResolveField(() => Division, { nullable: true, description: '区划 — the division the figures are for; null for a base.' })
  division(@Parent() record: OutcomeRecord, @Ctx() ctx: RequestContext): Promise<Division | null> | null {
    return record.divisionId ? this.divisions.byIdLoader(ctx).load(record.divisionId) : null;
  }

  @ResolveField(() => Match, { nullable: true, description: '对接 — the match the figures come from, if any.' })
  match(@Parent() record: OutcomeRecord, @Ctx() ctx: RequestContext): Promise<Match | null> | null {
    return record.matchId ? this.matches.byIdLoader(ctx).load(record.matchId) : null;
  }

  @ResolveField(() => ServiceTeam, { nullable: true, description: '服务团 — the service team the figures come from, if any.' })
  team(@Parent() record: OutcomeRecord, @Ctx() ctx: RequestContext): Promise<ServiceTeam | null> | null {
    return record.teamId ? this.teams.byIdLoader(ctx).load(record.teamId) : null;
  }
}
