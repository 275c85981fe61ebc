import { Args, ArgsType, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';

import { Ctx, ForbiddenError, Paginated, PaginationArgs, Role, roleCovers, type RequestContext } from '@rural/core';

import { SPREADSHEET_KINDS } from '../../columns/catalogue.js';
import { ImportProgressBoard } from '../import-progress.js';
import { ImportHistory } from './import-history.js';
import { ImportStatus } from './import-status.js';
import { ImportUndo } from './import-undo.js';
import { SpreadsheetImport } from './spreadsheet-import.entity.js';

@ObjectType({ description: 'A page of spreadsheet imports.' })
export class SpreadsheetImportList extends Paginated(SpreadsheetImport, 'imports') {}

@ObjectType({ description: '导入进度 — how far a RUNNING import has got.' })
export class ImportProgressView {
  @Field(() => Int, { description: '已读行数 — data rows read and checked so far.' })
  rowsRead: number;

  @Field({ description: 'READING while rows are checked and written; FINISHING while the transaction ends.' })
  phase: string;

  @Field(() => Int, { description: '已读字节 — of the file, so far; with `bytes`, the share done.' })
  bytesRead: number;

  @Field(() => Int, { description: '文件字节数.' })
  bytes: number;
}

@ArgsType()
export class SpreadsheetImportsArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: `类别 — one of ${SPREADSHEET_KINDS.join(', ')}; all when left out.` })
  @IsOptional()
  @IsIn([...SPREADSHEET_KINDS], { message: `类别须为 ${SPREADSHEET_KINDS.join('、')} 之一` })
  kind?: string | null;

  @Field(() => ImportStatus, { nullable: true, description: '状态 — only imports in this state.' })
  @IsOptional()
  status?: ImportStatus | null;
}

/** The import history, for editors and administrators: their division's imports, latest first. */
@Resolver(() => SpreadsheetImport)
export class ImportHistoryResolver {
  constructor(
    private readonly history: ImportHistory,
    private readonly board: ImportProgressBoard,
    private readonly undoer: ImportUndo,
  ) {}

  @Query(() => SpreadsheetImportList, {
    description: "导入记录 — the spreadsheet imports of the caller's division (dry runs and commits), latest first.",
  })
  spreadsheetImports(@Ctx() ctx: RequestContext, @Args() args: SpreadsheetImportsArgs): Promise<SpreadsheetImportList> {
    assertEditor(ctx);
    return this.history.list(ctx, { kind: args.kind, status: args.status }, args);
  }

  @Query(() => SpreadsheetImport, {
    nullable: true,
    description: '导入记录 — one import by id; null when there is none the caller may see.',
  })
  spreadsheetImport(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The import.' }) id: string,
  ): Promise<SpreadsheetImport | null> {
    assertEditor(ctx);
    return this.history.findVisible(ctx, id);
  }

  @Mutation(() => SpreadsheetImport, {
    description:
      '撤销导入 — takes a committed import back in one transaction (created rows deleted, changed rows restored); refused once any of its rows has changed since.',
  })
  undoSpreadsheetImport(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The committed import.' }) id: string,
  ): Promise<SpreadsheetImport> {
    assertEditor(ctx);
    return this.undoer.undo(ctx, id);
  }

  @ResolveField(() => ImportProgressView, {
    nullable: true,
    description: '进度 — rows read so far while RUNNING (on the server running it); null otherwise.',
  })
  progress(@Parent() record: SpreadsheetImport): ImportProgressView | null {
    return record.status === ImportStatus.RUNNING ? this.board.of(record.id) : null;
  }
}

function assertEditor(ctx: RequestContext): void {
  if (!roleCovers(ctx.caller.role, Role.EDITOR)) throw new ForbiddenError('只有录入员和管理员可以查看导入记录');
}
