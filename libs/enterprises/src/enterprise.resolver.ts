import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';

import { CreateEnterpriseInput } from './dto/create-enterprise.input.js';
import { EnterpriseList } from './dto/enterprise-list.js';
import { EnterprisesArgs } from './dto/enterprises.args.js';
import { UpdateEnterpriseInput } from './dto/update-enterprise.input.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterpriseService } from './enterprise.service.js';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  constructor(private readonly service: EnterpriseService) {}

  @Query(() => Enterprise, { nullable: true, description: '企业 — one enterprise by id; null when there is none.' })
  enterprise(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The enterprise.' }) id: string,
  ): Promise<Enterprise | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => EnterpriseList, { description: '企业列表 — enterprises, optionally searched by name or of one industry.' })
  enterprises(@Ctx() ctx: RequestContext, @Args() args: EnterprisesArgs): Promise<EnterpriseList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Enterprise, {
    description: '新建企业 — records an enterprise; its 统一社会信用代码, when given, must be valid and not yet used.',
  })
  createEnterprise(@Ctx() ctx: RequestContext, @Args('input') input: CreateEnterpriseInput): Promise<Enterprise> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Enterprise, { description: "修改企业 — changes an enterprise's name, credit code or industry." })
  updateEnterprise(@Ctx() ctx: RequestContext, @Args('input') input: UpdateEnterpriseInput): Promise<Enterprise> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, { description: '删除企业 — refused (CONFLICT) while a base, match or member points at it.' })
  deleteEnterprise(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The enterprise.' }) id: string,
  ): Promise<string> {
    return this.service.delete(ctx, id);
  }
}
