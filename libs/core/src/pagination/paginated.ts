import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/** What every `…List` type holds. */
export interface Page<T> {
  items: T[];
  totalItems: number;
}

/** Builds the `{ items, totalItems }` list type of an object type, e.g. `BaseList`. */
export function Paginated<T>(itemType: Type<T>, chineseName: string): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements Page<T> {
    @Field(() => [itemType], { description: `The ${chineseName} on this page.` })
    items: T[];

    @Field(() => Int, { description: `How many ${chineseName} match, over all pages.` })
    totalItems: number;
  }
  return PageType as Type<Page<T>>;
}
