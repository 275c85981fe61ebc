import { Injectable } from '@nestjs/common';

import type { KindSpec, SpreadsheetKind } from '../columns/catalogue.js';
import { templateWorkbook } from './template-workbook.js';

/**
 * The template files' bytes, built once per kind: a template is the same for every caller, and
 * building one takes 20–80 ms of CPU that a busy server should not spend on each download.
 */
@Injectable()
export class TemplateFiles {
  private readonly built = new Map<SpreadsheetKind, Promise<Buffer>>();

  bytes(spec: KindSpec): Promise<Buffer> {
    let file = this.built.get(spec.kind);
    if (!file) {
      file = templateWorkbook(spec)
        .xlsx.writeBuffer()
        .then((bytes) => Buffer.from(bytes as ArrayBuffer));
      // A failed build is not kept: the next request tries again.
      file.catch(() => this.built.delete(spec.kind));
      this.built.set(spec.kind, file);
    }
    return file;
  }
}
