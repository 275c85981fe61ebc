import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';

import { ConflictError } from '../errors/domain-errors.js';

/**
 * The `version` an update may carry: the one the client read. Left out, the update applies to
 * whatever is stored (last writer wins); sent, it is refused when someone changed the row since.
 */
export function VersionInput(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, {
      nullable: true,
      description: '版本 — the version read; the update is refused (CONFLICT) when the row changed since.',
    }),
    IsOptional(),
    IsInt({ message: '版本须为正整数' }),
    Min(1, { message: '版本须为正整数' }),
  );
}

/** Refuses an update carrying a version other than the stored (locked) row's. */
export function assertVersion(row: { version: number }, expected: number | null | undefined, noun: string): void {
  if (expected !== null && expected !== undefined && expected !== row.version) {
    throw new ConflictError(`该${noun}已被他人修改（现为第 ${row.version} 版，您读取的是第 ${expected} 版），请刷新后重新修改`, 'version');
  }
}
