import { Args, Query, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';

import { DutyFile, DutyRanking } from './dto/duty-report.js';
import { DutyRankingArgs, MemberDutyFileArgs } from './dto/duty-year.args.js';
import { DutyScoreService } from './duty-score.service.js';

@Resolver()
export class DutyScoreResolver {
  constructor(private readonly service: DutyScoreService) {}

  @Query(() => DutyRanking, {
    description:
      '履职积分排名 — a year’s ranking of the members of your division (or of a division and sector in it), under the year’s saved rules.',
  })
  dutyRanking(@Ctx() ctx: RequestContext, @Args() args: DutyRankingArgs): Promise<DutyRanking> {
    return this.service.ranking(ctx, args);
  }

  @Query(() => DutyFile, {
    description:
      '一人一档 — a member’s year: every point with its record, category points, total and grade; the office or the member only.',
  })
  memberDutyFile(@Ctx() ctx: RequestContext, @Args() args: MemberDutyFileArgs): Promise<DutyFile> {
    return this.service.file(ctx, args);
  }
}
