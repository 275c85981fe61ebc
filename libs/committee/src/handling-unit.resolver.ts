import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';

import { CreateHandlingUnitInput } from './dto/create-handling-unit.input.js';
import { HandlingUnitList } from './dto/handling-unit-list.js';
import { HandlingUnitsArgs } from './dto/handling-units.args.js';
import { UpdateHandlingUnitInput } from './dto/update-handling-unit.input.js';
import { HandlingUnit } from './handling-unit.entity.js';
import { HandlingUnitService } from './handling-unit.service.js';

@Resolver(() => HandlingUnit)
export class HandlingUnitResolver {
  constructor(private readonly service: HandlingUnitService) {}

  @Query(() => HandlingUnit, { nullable: true, description: '承办单位 — one handling unit by id; null when there is none.' })
  handlingUnit(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The unit.' }) id: string,
  ): Promise<HandlingUnit | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => HandlingUnitList, { description: '承办单位列表 — handling units by name, optionally searched.' })
  handlingUnits(@Ctx() ctx: RequestContext, @Args() args: HandlingUnitsArgs): Promise<HandlingUnitList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => HandlingUnit, { description: '新建承办单位 — records a handling unit; 政协办 only; names are unique.' })
  createHandlingUnit(@Ctx() ctx: RequestContext, @Args('input') input: CreateHandlingUnitInput): Promise<HandlingUnit> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => HandlingUnit, { description: '修改承办单位 — renames a unit or changes its contact; 政协办 only.' })
  updateHandlingUnit(@Ctx() ctx: RequestContext, @Args('input') input: UpdateHandlingUnitInput): Promise<HandlingUnit> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, {
    description: '删除承办单位 — 政协办 only; refused (CONFLICT) while a staff account or an assigned suggestion points at it.',
  })
  deleteHandlingUnit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The unit.' }) id: string): Promise<string> {
    return this.service.delete(ctx, id);
  }
}
