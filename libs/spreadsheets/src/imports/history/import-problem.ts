import { Field, Int, ObjectType } from '@nestjs/graphql';

/** The stable codes of an import problem (docs/api.md, "Spreadsheets"). */
export type ImportProblemCode = 'REQUIRED' | 'INVALID' | 'NOT_FOUND' | 'AMBIGUOUS' | 'DUPLICATE_IN_FILE' | 'CONFLICT' | 'FORBIDDEN';

@ObjectType({ description: '导入问题 — one problem of an import: where it is and what to do about it.' })
export class ImportProblem {
  @Field(() => String, { nullable: true, description: '工作表 — the sheet; null for a problem of the whole file.' })
  sheet: string | null;

  @Field(() => Int, { nullable: true, description: '行 — the row as Excel numbers it; null for a problem of the file or its header.' })
  row: number | null;

  @Field(() => String, {
    nullable: true,
    description: '列 — the column by its header (without unit); null when no one column is at fault.',
  })
  column: string | null;

  @Field(() => String, {
    description: 'REQUIRED, INVALID, NOT_FOUND, AMBIGUOUS, DUPLICATE_IN_FILE, CONFLICT or FORBIDDEN.',
  })
  code: ImportProblemCode;

  @Field({ description: '说明 — in Chinese, what is wrong and how to put it right.' })
  message: string;
}
