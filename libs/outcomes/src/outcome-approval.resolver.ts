import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Allow, CurrentUser, Role, type AuthenticatedUser } from '@rural/core';

import { OutcomeIdsArgs, OutcomeIdsWithReasonArgs } from './dto/outcome-transition.args.js';
import { APPROVE, OutcomeApprovalService, REOPEN, RETURN, SUBMIT } from './outcome-approval.service.js';
import { OutcomeRecord } from './outcome-record.entity.js';

/** The approval of outcome figures (editors; reopening: administrators). */
@Resolver(() => OutcomeRecord)
export class OutcomeApprovalResolver {
  constructor(private readonly approval: OutcomeApprovalService) {}

  @Mutation(() => [OutcomeRecord], { description: '报送 — submits DRAFT or RETURNED records for approval; all or none.' })
  submitOutcomes(@Args() { ids }: OutcomeIdsArgs, @CurrentUser() actor: AuthenticatedUser): Promise<OutcomeRecord[]> {
    return this.approval.move(ids, SUBMIT, actor);
  }

  @Mutation(() => [OutcomeRecord], {
    description:
      "审核通过 — approves SUBMITTED records inside the caller's division, none entered or last changed by the caller; all or none.",
  })
  approveOutcomes(@Args() { ids }: OutcomeIdsArgs, @CurrentUser() actor: AuthenticatedUser): Promise<OutcomeRecord[]> {
    return this.approval.move(ids, APPROVE, actor);
  }

  @Mutation(() => [OutcomeRecord], { description: '退回 — sends SUBMITTED records back for correction, with a reason; all or none.' })
  returnOutcomes(@Args() { ids, reason }: OutcomeIdsWithReasonArgs, @CurrentUser() actor: AuthenticatedUser): Promise<OutcomeRecord[]> {
    return this.approval.move(ids, RETURN, actor, reason);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => [OutcomeRecord], {
    description: '重新打开 — makes APPROVED records editable again (DRAFT), with a reason (administrators); all or none.',
  })
  reopenOutcomes(@Args() { ids, reason }: OutcomeIdsWithReasonArgs, @CurrentUser() actor: AuthenticatedUser): Promise<OutcomeRecord[]> {
    return this.approval.move(ids, REOPEN, actor, reason);
  }
}
