import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { FileRefusedError, FileTooLargeError } from './file-errors.js';

/** A file received for import, spooled to a temporary file so it is never held in memory whole. */
export interface UploadedFile {
  path: string;
  bytes: number;
  sha256: string;
  /** Removes the temporary file (and its folder). */
  discard(): Promise<void>;
}

/**
 * Writes the request body to a temporary file while hashing it, and stops with 413 as soon as it
 * passes `maxBytes` — a clerk's 2 GB mistake never fills the disk.
 */
export async function receiveFile(body: Readable, maxBytes: number): Promise<UploadedFile> {
  const folder = await mkdtemp(join(tmpdir(), 'rural-import-'));
  const path = join(folder, 'upload');
  const hash = createHash('sha256');
  let bytes = 0;
  const discard = () => rm(folder, { recursive: true, force: true });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new FileTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(path));
  } catch (error) {
    await discard();
    throw error;
  }
  if (bytes === 0) {
    await discard();
    throw new FileRefusedError('没有收到文件内容：请把 .xlsx 或 .csv 文件作为请求体发送');
  }
  return { path, bytes, sha256: hash.digest('hex'), discard };
}

/** Reads the file as a stream, telling `onRead` how many bytes have been read so far. */
export function readCounted(file: UploadedFile, onRead: (bytesRead: number) => void): Readable {
  let bytesRead = 0;
  return createReadStream(file.path).pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytesRead += chunk.length;
        onRead(bytesRead);
        done(null, chunk);
      },
    }),
  );
}

/** A file already on this machine (the command-line import): hashed where it lies, never removed. */
export async function localFile(path: string): Promise<UploadedFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  return { path, bytes, sha256: hash.digest('hex'), discard: async () => undefined };
}
