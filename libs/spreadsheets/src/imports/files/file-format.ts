import { open } from 'node:fs/promises';

import { FileRefusedError } from './file-errors.js';

export type FileFormat = 'xlsx' | 'csv';

// The first bytes that tell the formats apart: a zip (xlsx, also docx), the old OLE2 container
// (xls, doc), and what a PDF or an image starts with.
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * What the file is, by its content (a clerk's file name may say anything): an xlsx, a csv, or a
 * refusal that tells the clerk what to do — an old .xls is saved again as .xlsx.
 */
export async function sniffFormat(path: string): Promise<FileFormat> {
  const head = await readHead(path, 4096);
  if (head.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (head.subarray(0, 8).equals(OLE2)) {
    throw new FileRefusedError('这是旧版 Excel（.xls）文件，无法导入：请在 Excel 或 WPS 中“另存为”.xlsx 格式后再导入');
  }
  if (looksLikeText(head)) return 'csv';
  throw new FileRefusedError('文件不是电子表格：请上传 .xlsx 文件，或 UTF-8 / GB18030 编码的 .csv 文件');
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

// Text has no NUL bytes and few control characters other than tab, CR and LF.
function looksLikeText(head: Buffer): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control += 1;
  }
  return control <= head.length / 100;
}
