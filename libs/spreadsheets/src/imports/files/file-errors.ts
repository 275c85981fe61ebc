import { DomainError, ErrorCode } from '@rural/core';

/** A file that cannot be imported at all (not a spreadsheet, an .xls, no data sheet): 400, nothing written. */
export class FileRefusedError extends DomainError {
  constructor(message: string) {
    super(message, ErrorCode.BAD_USER_INPUT);
  }
}

/** A file over the configured size or number of rows: 413 with the limit in words. */
export class FileTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super(`文件超过了允许的大小（${formatMegabytes(maxBytes)}）：请分成几个文件导入`, ErrorCode.PAYLOAD_TOO_LARGE);
  }

  static rows(maxRows: number): FileTooLargeError {
    const error = new FileTooLargeError(0);
    error.message = `文件超过了允许的行数（${maxRows} 行）：请分成几个文件导入`;
    return error;
  }
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
