import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Member, MemberService } from '@rural/members';

import { DutyEventList } from './dto/duty-event-list.js';
import { DutyEventsArgs } from './dto/duty-events.args.js';
import { RecordDutyEventInput } from './dto/record-duty-event.input.js';
import { UpdateDutyEventInput } from './dto/update-duty-event.input.js';
import { DutyEvent } from './duty-event.entity.js';
import { DutyEventService } from './duty-event.service.js';
import { DutyParticipant } from './duty-participant.entity.js';

@Resolver(() => DutyEvent)
export class DutyEventResolver {
  constructor(private readonly service: DutyEventService) {}

  @Query(() => DutyEvent, { nullable: true, description: '履职活动 — one event by id; null when there is none in your division.' })
  dutyEvent(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The event.' }) id: string): Promise<DutyEvent | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => DutyEventList, { description: '履职活动列表 — events by division, kind, member or date range, newest first.' })
  dutyEvents(@Ctx() ctx: RequestContext, @Args() args: DutyEventsArgs): Promise<DutyEventList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => DutyEvent, {
    description: '登记履职活动 — records a meeting or activity with its participants; the committee office (政协办) only.',
  })
  recordDutyEvent(@Ctx() ctx: RequestContext, @Args('input') input: RecordDutyEventInput): Promise<DutyEvent> {
    return this.service.record(ctx, input);
  }

  @Mutation(() => DutyEvent, { description: '修改履职活动 — corrects an event or its participants; the committee office only.' })
  updateDutyEvent(@Ctx() ctx: RequestContext, @Args('input') input: UpdateDutyEventInput): Promise<DutyEvent> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, {
    description: '删除履职活动 — removes an event and its participants (and the points they gave); the committee office only.',
  })
  deleteDutyEvent(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The event.' }) id: string): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => [DutyParticipant], {
    description: '参加人员 — the members asked to take part, with their attendance, in member id order.',
  })
  async participants(@Parent() event: DutyEvent, @Ctx() ctx: RequestContext): Promise<DutyParticipant[]> {
    return (await this.service.participantsLoader(ctx).load(event.id)) ?? [];
  }
}

@Resolver(() => DutyParticipant)
export class DutyParticipantResolver {
  constructor(private readonly members: MemberService) {}

  @ResolveField(() => Member, { description: '委员 — the member.' })
  member(@Parent() participant: DutyParticipant, @Ctx() ctx: RequestContext): Promise<Member | null> {
    return this.members.byIdLoader(ctx).load(participant.memberId);
  }
}
