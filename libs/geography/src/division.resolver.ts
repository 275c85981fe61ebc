import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';

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
  division(@Args('id', { type: () => ID, description: 'The division.' }) id: string, @Ctx() ctx: RequestContext): Promise<Division | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => DivisionList, { description: '行政区划列表 — divisions, optionally of one level or under one parent.' })
  divisions(@Ctx() ctx: RequestContext, @Args() args: DivisionsArgs): Promise<DivisionList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Division, { description: '新建区划 — adds a division under its parent.' })
  createDivision(@Ctx() ctx: RequestContext, @Args('input') input: CreateDivisionInput): Promise<Division> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Division, { description: '修改区划 — renames, recodes or moves a division.' })
  updateDivision(@Ctx() ctx: RequestContext, @Args('input') input: UpdateDivisionInput): Promise<Division> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, { description: '删除区划 — refused (CONFLICT) while anything lies in or points at it.' })
  deleteDivision(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The division.' }) id: string): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => Division, {
    nullable: true,
    description: "上级区划 — the parent; null for a root, or when it lies outside the caller's division.",
  })
  async parent(@Parent() division: Division, @Ctx() ctx: RequestContext): Promise<Division | null> {
    if (!division.parentId) return null;
    const parent = await this.service.byIdLoader(ctx).load(division.parentId);
    return parent && withinScope(parent.ancestorIds, ctx.scope) ? parent : null;
  }

  @ResolveField(() => [Division], { description: '下级区划 — the direct children.' })
  async children(@Parent() division: Division, @Ctx() ctx: RequestContext): Promise<Division[]> {
    return (await this.service.childrenLoader(ctx).load(division.id)) ?? [];
  }
}
