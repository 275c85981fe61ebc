import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Base } from '@rural/bases';
import { CurrentUser, PaginationArgs, Role, roleCovers, type AuthenticatedUser, type RequestContext } from '@rural/core';
import { Division } from '@rural/geography';
import { Match } from '@rural/matches';
import { ServiceTeam } from '@rural/service-teams';

import { ImpactFilter } from './dto/impact-filter.input.js';
import { OutcomeRecordList } from './dto/outcome-record-list.js';
import { RecordOutcomeInput } from './dto/record-outcome.input.js';
import { UpdateOutcomeRecordInput } from './dto/update-outcome-record.input.js';
import { OutcomeRecord } from './outcome-record.entity.js';
import { OutcomeRecordLoaders } from './outcome-record.loaders.js';
import { OutcomeRecordService, type RecordReader } from './outcome-record.service.js';

@Resolver(() => OutcomeRecord)
export class OutcomeRecordResolver {
  constructor(
    private readonly service: OutcomeRecordService,
    private readonly loaders: OutcomeRecordLoaders,
  ) {}

  @Query(() => OutcomeRecord, { nullable: true, description: '成效记录 — one outcome record by id; null when there is none.' })
  outcomeRecord(
    @Args('id', { type: () => ID, description: 'The outcome record.' }) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<OutcomeRecord | null> {
    return this.service.findById(id, readerOf(caller));
  }

  @Query(() => OutcomeRecordList, { description: '成效记录列表 — the outcome records a filter covers, latest period first.' })
  outcomeRecords(
    @Args() paging: PaginationArgs,
    // Optional, not `| null`: the design type must stay ImpactFilter for the validation pipe.
    @Args('filter', {
      type: () => ImpactFilter,
      nullable: true,
      description: 'Which records: place, period range, enterprise, member, team, base, match.',
    })
    filter?: ImpactFilter,
    @CurrentUser() caller?: AuthenticatedUser,
  ): Promise<OutcomeRecordList> {
    return this.service.list(filter, paging, readerOf(caller));
  }

  @Mutation(() => OutcomeRecord, { description: '录入成效 — records the figures of one base or division for one period.' })
  recordOutcome(@Args('input') input: RecordOutcomeInput): Promise<OutcomeRecord> {
    return this.service.record(input);
  }

  @Mutation(() => OutcomeRecord, { description: "修改成效记录 — corrects an outcome record's figures, period, scope or source." })
  updateOutcomeRecord(@Args('input') input: UpdateOutcomeRecordInput): Promise<OutcomeRecord> {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: '删除成效记录 — removes an outcome record entered by mistake.' })
  deleteOutcomeRecord(@Args('id', { type: () => ID, description: 'The outcome record.' }) id: string): Promise<string> {
    return this.service.delete(id);
  }

  @ResolveField(() => Base, { nullable: true, description: '基地 — the base the figures are for; null when the scope is a division.' })
  base(@Parent() record: OutcomeRecord, @Context() { loaders }: RequestContext): Promise<Base | null> | null {
    return record.baseId ? this.loaders.base(loaders).load(record.baseId) : null;
  }

  @ResolveField(() => Division, { nullable: true, description: '区划 — the division the figures are for; null for a base.' })
  division(@Parent() record: OutcomeRecord, @Context() { loaders }: RequestContext): Promise<Division | null> | null {
    return record.divisionId ? this.loaders.division(loaders).load(record.divisionId) : null;
  }

  @ResolveField(() => Match, { nullable: true, description: '对接 — the match the figures come from, if any.' })
  match(@Parent() record: OutcomeRecord, @Context() { loaders }: RequestContext): Promise<Match | null> | null {
    return record.matchId ? this.loaders.match(loaders).load(record.matchId) : null;
  }

  @ResolveField(() => ServiceTeam, { nullable: true, description: '服务团 — the service team the figures come from, if any.' })
  team(@Parent() record: OutcomeRecord, @Context() { loaders }: RequestContext): Promise<ServiceTeam | null> | null {
    return record.teamId ? this.loaders.team(loaders).load(record.teamId) : null;
  }
}

/** Viewers read approved records of their division; editors and administrators also the pending ones. */
function readerOf(caller: AuthenticatedUser | undefined): RecordReader {
  return { scope: caller?.divisionId ?? null, seesPending: caller ? roleCovers(caller.role, Role.EDITOR) : false };
}
