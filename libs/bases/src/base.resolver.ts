import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Enterprise, EnterpriseService } from '@rural/enterprises';
import { Division, withinScope } from '@rural/geography';

import { Base } from './base.entity.js';
import type { PlacedBase } from './base.repository.js';
import { BaseService } from './base.service.js';
import { BaseList } from './dto/base-list.js';
import { BasesArgs } from './dto/bases.args.js';
import { CreateBaseInput } from './dto/create-base.input.js';
import { UpdateBaseInput } from './dto/update-base.input.js';

@Resolver(() => Base)
export class BaseResolver {
  constructor(
    private readonly service: BaseService,
    private readonly enterprises: EnterpriseService,
  ) {}

  @Query(() => Base, { nullable: true, description: '基地 — one base by id; null when there is none.' })
  base(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The base.' }) id: string): Promise<Base | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => BaseList, { description: '基地列表 — bases, optionally in one division, of one operator or industry, or searched by name.' })
  bases(@Ctx() ctx: RequestContext, @Args() args: BasesArgs): Promise<BaseList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Base, { description: '新建基地 — records a base in a village.' })
  createBase(@Ctx() ctx: RequestContext, @Args('input') input: CreateBaseInput): Promise<Base> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Base, {
    description: '修改基地 — changes a base; moving it is refused (CONFLICT) while its matches stay in the old village.',
  })
  updateBase(@Ctx() ctx: RequestContext, @Args('input') input: UpdateBaseInput): Promise<Base> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, { description: '删除基地 — refused (CONFLICT) while matches, service activities or outcome records refer to it.' })
  deleteBase(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The base.' }) id: string): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => Division, { description: '所在村 — the village the base lies in.' })
  village(@Parent() base: PlacedBase, @Ctx() ctx: RequestContext): Promise<Division | null> {
    return this.service.villageOf(ctx, base);
  }

  @ResolveField(() => Division, {
    nullable: true,
    description:
      "所在乡镇 — the town the base's village lies in; null when the village is under no town, or the town lies outside the caller's division.",
  })
  async town(@Parent() base: PlacedBase, @Ctx() ctx: RequestContext): Promise<Division | null> {
    const town = await this.service.townOf(ctx, base);
    return town && withinScope(town.ancestorIds, ctx.scope) ? town : null;
  }

  @ResolveField(() => Enterprise, {
    nullable: true,
    description: '经营企业 — the enterprise that operates the base; null when none is recorded.',
  })
  operator(@Parent() base: Base, @Ctx() ctx: RequestContext): Promise<Enterprise | null> | null {
    if (!base.operatorId) return null;
    return this.enterprises.byIdLoader(ctx).load(base.operatorId);
  }
}
