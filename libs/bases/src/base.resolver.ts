import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentUser, type AuthenticatedUser, type RequestContext } from '@rural/core';
import { Enterprise, EnterpriseService } from '@rural/enterprises';
import { Division, withinScope } from '@rural/geography';

import { Base } from './base.entity.js';
import { BaseService, type PlacedBase } from './base.service.js';
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
  base(
    @Args('id', { type: () => ID, description: 'The base.' }) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Base | null> {
    return this.service.findById(id, caller.divisionId);
  }

  @Query(() => BaseList, { description: '基地列表 — bases, optionally in one division, of one operator or industry, or searched by name.' })
  bases(@Args() args: BasesArgs, @CurrentUser() caller: AuthenticatedUser): Promise<BaseList> {
    return this.service.list(args, caller.divisionId);
  }

  @Mutation(() => Base, { description: '新建基地 — records a base in a village.' })
  createBase(@Args('input') input: CreateBaseInput): Promise<Base> {
    return this.service.create(input);
  }

  @Mutation(() => Base, {
    description: '修改基地 — changes a base; moving it is refused (CONFLICT) while its matches stay in the old village.',
  })
  updateBase(@Args('input') input: UpdateBaseInput): Promise<Base> {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: '删除基地 — refused (CONFLICT) while matches, service activities or outcome records refer to it.' })
  deleteBase(@Args('id', { type: () => ID, description: 'The base.' }) id: string): Promise<string> {
    return this.service.delete(id);
  }

  @ResolveField(() => Division, { description: '所在村 — the village the base lies in.' })
  village(@Parent() base: PlacedBase, @Context() { loaders }: RequestContext): Promise<Division | null> {
    return this.service.villageOf(loaders, base);
  }

  @ResolveField(() => Division, {
    nullable: true,
    description:
      "所在乡镇 — the town the base's village lies in; null when the village is under no town, or the town lies outside the caller's division.",
  })
  async town(@Parent() base: PlacedBase, @Context() { loaders, user }: RequestContext): Promise<Division | null> {
    const town = await this.service.townOf(loaders, base);
    return town && withinScope(town.ancestorIds, user?.divisionId) ? town : null;
  }

  @ResolveField(() => Enterprise, {
    nullable: true,
    description: '经营企业 — the enterprise that operates the base; null when none is recorded.',
  })
  operator(@Parent() base: Base, @Context() { loaders }: RequestContext): Promise<Enterprise | null> | null {
    if (!base.operatorId) return null;
    return this.enterprises.byIdLoader(loaders).load(base.operatorId);
  }
}
