import { Injectable } from '@nestjs/common';

/** How far a running import has got. */
export interface ImportProgress {
  /** Data rows read and checked so far. */
  rowsRead: number;
  /** Bytes of the file read so far, and its size: the share done (a streamed file's rows are not known ahead). */
  bytesRead: number;
  bytes: number;
  /** READING while rows are checked and written, FINISHING while the transaction ends. */
  phase: 'READING' | 'FINISHING';
}

/**
 * The progress of the imports running in this process, by import id: what the import history shows
 * while an import is RUNNING (its own transaction is invisible to other connections until it ends).
 */
@Injectable()
export class ImportProgressBoard {
  private readonly running = new Map<string, ImportProgress>();

  update(id: string, progress: ImportProgress): void {
    this.running.set(id, progress);
  }

  of(id: string): ImportProgress | null {
    return this.running.get(id) ?? null;
  }

  end(id: string): void {
    this.running.delete(id);
  }
}
