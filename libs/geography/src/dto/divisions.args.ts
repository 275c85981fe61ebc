import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';

import { IsEntityId, PaginationArgs } from '@rural/core';

import { DivisionLevel } from '../division-level.js';

@ArgsType()
export class DivisionsArgs extends PaginationArgs {
  @Field(() => DivisionLevel, { nullable: true, description: 'Only divisions of this level.' })
  @IsOptional()
  @IsEnum(DivisionLevel, { message: '区划级别不正确' })
  level?: DivisionLevel;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this division.' })
  @IsEntityId('上级区划', { optional: true })
  parentId?: string;
}
