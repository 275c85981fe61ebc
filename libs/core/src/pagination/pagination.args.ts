import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** `skip`/`take` paging shared by every list query. */
@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { defaultValue: 0, description: 'How many items to pass over before the page starts.' })
  @IsInt({ message: 'skip 须为整数' })
  @Min(0, { message: 'skip 不能为负数' })
  skip = 0;

  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items the page holds: 1 to ${MAX_PAGE_SIZE}.`,
  })
  @IsInt({ message: 'take 须为整数' })
  @Min(1, { message: 'take 至少为 1' })
  @Max(MAX_PAGE_SIZE, { message: `每页最多 ${MAX_PAGE_SIZE} 条` })
  take = DEFAULT_PAGE_SIZE;
}
