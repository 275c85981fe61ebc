import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ACTOR_NAMES, actorRef, Ctx, type ActorNames, type RequestContext } from '@rural/core';

import { OutcomeWriter } from './dto/outcome-writer.js';
import { OutcomeRecord } from './outcome-record.entity.js';

/**
 * Who entered and who last changed a record, so an approver sees the four-eyes rule before
 * trying: `isCaller` marks the records the caller may not approve.
 */
@Resolver(() => OutcomeRecord)
export class OutcomeWriterResolver {
  constructor(@Inject(ACTOR_NAMES) private readonly actors: ActorNames) {}

  @ResolveField(() => OutcomeWriter, {
    nullable: true,
    description: '录入人 — who entered the record; null for records older than the rule.',
  })
  recordedBy(@Parent() record: OutcomeRecord, @Ctx() ctx: RequestContext): Promise<OutcomeWriter> | null {
    return record.recordedBy ? this.writer(ctx, record.recordedBy) : null;
  }

  @ResolveField(() => OutcomeWriter, {
    nullable: true,
    description:
      '最后修改人 — who last wrote the figures (whoever entered them, until someone changes them); null for records older than the rule.',
  })
  changedBy(@Parent() record: OutcomeRecord, @Ctx() ctx: RequestContext): Promise<OutcomeWriter> | null {
    return record.changedBy ? this.writer(ctx, record.changedBy) : null;
  }

  private async writer(ctx: RequestContext, ref: string): Promise<OutcomeWriter> {
    const [kind, id] = splitRef(ref);
    const loader = ctx.loaders.get<string, string>('outcomeWriterName', (refs) => this.actors.namesOf(refs));
    return { kind, id: kind === 'SYSTEM' ? null : id, name: await loader.load(ref), isCaller: ref === actorRef(ctx.caller) };
  }
}

/** `USER:12` → ['USER', '12'] (see actorRef). */
function splitRef(ref: string): [string, string] {
  const colon = ref.indexOf(':');
  return [ref.slice(0, colon), ref.slice(colon + 1)];
}
