import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKey, type RequestContext } from '@rural/core';
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
  division(@Args('id', { type: () => ID, description: 'The division.' }) id: string): Promise<Division | null> {
    return this.service.findById(id);
  }

  @Query(() => DivisionList, { description: '行政区划列表 — divisions, optionally of one level or under one parent.' })
  divisions(@Args() args: DivisionsArgs): Promise<DivisionList> {
    return this.service.list(args);
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

  @ResolveField(() => Division, { nullable: true, description: '上级区划 — the parent; null for a root.' })
  parent(@Parent() division: Division, @Context() { loaders }: RequestContext): Promise<Division | null> | null {
    if (!division.parentId) return null;
    return this.service.byIdLoader(loaders).load(division.parentId);
  }

  @ResolveField(() => [Division], { description: '下级区划 — the direct children.' })
  async children(@Parent() division: Division, @Context() { loaders }: RequestContext): Promise<Division[]> {
    const loader = loaders.get<string, Division[]>('division.children', async (ids) =>
      groupByKey(ids, await this.service.childrenOf(ids), (row) => row.parentId as string),
    );
    return (await loader.load(division.id)) ?? [];
  }
}
