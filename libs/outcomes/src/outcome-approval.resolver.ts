import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Allow, Ctx, Role, type RequestContext } from '@rural/core';

import { OutcomeIdsArgs, OutcomeIdsWithReasonArgs } from './dto/outcome-transition.args.js';
import { APPROVE, OutcomeApprovalService, REOPEN, RETURN, SUBMIT } from './outcome-approval.service.js';
import { OutcomeRecord } from './outcome-record.entity.js';

/** The approval of outcome figures (editors; reopening: administrators). */
@Resolver(() => OutcomeRecord)
export class OutcomeApprovalResolver {
  constructor(private readonly approval: OutcomeApprovalService) {}

  @Mutation(() => [OutcomeRecord], { description: '报送 — submits DRAFT or RETURNED records for approval; all or none.' })
  submitOutcomes(@Ctx() ctx: RequestContext, @Args() { ids }: OutcomeIdsArgs): Promise<OutcomeRecord[]> {
    return this.approval.move(ctx, ids, SUBMIT);
  }

  @Mutation(() => [OutcomeRecord], {
    description:
      "审核通过 — approves SUBMITTED records inside the caller's division, none entered or last changed by the caller; all or none.",
  })
  approveOutcomes(@Ctx() ctx: RequestContext, @Args() { ids }: OutcomeIdsArgs): Promise<OutcomeRecord[]> {
    return this.approval.move(ctx, ids, APPROVE);
  }

  @Mutation(() => [OutcomeRecord], { description: '退回 — sends SUBMITTED records back for correction, with a reason; all or none.' })
  returnOutcomes(@Ctx() ctx: RequestContext, @Args() { ids, reason }: OutcomeIdsWithReasonArgs): Promise<OutcomeRecord[]> {
    return this.approval.move(ctx, ids, RETURN, reason);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => [OutcomeRecord], {
    description: '重新打开 — makes APPROVED records editable again (DRAFT), with a reason (administrators); all or none.',
  })
  reopenOutcomes(@Ctx() ctx: RequestContext, @Args() { ids, reason }: OutcomeIdsWithReasonArgs): Promise<OutcomeRecord[]> {
    return this.approval.move(ctx, ids, REOPEN, reason);
  }
}
