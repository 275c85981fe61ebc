import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentUser, groupByKey, type AuthenticatedUser, type RequestContext } from '@rural/core';

import { withinScope } from './caller-scope.js';
import { Division } from './division.entity.js';
import { DivisionService } from './division.service.js';
import { CreateDivisionInput } from './dto/create-division.input.js';
import { DivisionList } from './dto/division-list.js';
import { DivisionsArgs } from './dto/divisions.args.js';
import { UpdateDivisionInput } from './dto/update-division.input.js';

@Resolver(() => Division)
export class DivisionResolver {
  constructor(private readonly service: DivisionService) {}

  @Query(() => Division, { nullable: true, description: '行政区划 — one division by id; null when there is none.' })
  division(
    @Args('id', { type: () => ID, description: 'The division.' }) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Division | null> {
    return this.service.findById(id, caller.divisionId);
  }

  @Query(() => DivisionList, { description: '行政区划列表 — divisions, optionally of one level or under one parent.' })
  divisions(@Args() args: DivisionsArgs, @CurrentUser() caller: AuthenticatedUser): Promise<DivisionList> {
    return this.service.list(args, caller.divisionId);
  }

  @Mutation(() => Division, { description: '新建区划 — adds a division under its parent.' })
  createDivision(@Args('input') input: CreateDivisionInput): Promise<Division> {
    return this.service.create(input);
  }

  @Mutation(() => Division, { description: '修改区划 — renames, recodes or moves a division.' })
  updateDivision(@Args('input') input: UpdateDivisionInput): Promise<Division> {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: '删除区划 — refused (CONFLICT) while anything lies in or points at it.' })
  deleteDivision(@Args('id', { type: () => ID, description: 'The division.' }) id: string): Promise<string> {
    return this.service.delete(id);
  }

  @ResolveField(() => Division, {
    nullable: true,
    description: "上级区划 — the parent; null for a root, or when it lies outside the caller's division.",
  })
  async parent(@Parent() division: Division, @Context() { loaders, user }: RequestContext): Promise<Division | null> {
    if (!division.parentId) return null;
    const parent = await this.service.byIdLoader(loaders).load(division.parentId);
    return parent && withinScope(parent.ancestorIds, user?.divisionId) ? parent : null;
  }

  @ResolveField(() => [Division], { description: '下级区划 — the direct children.' })
  async children(@Parent() division: Division, @Context() { loaders }: RequestContext): Promise<Division[]> {
    const loader = loaders.get<string, Division[]>('division.children', async (ids) =>
      groupByKey(ids, await this.service.childrenOf(ids), (row) => row.parentId as string),
    );
    return (await loader.load(division.id)) ?? [];
  }
}
