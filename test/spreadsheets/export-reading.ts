import ExcelJS from 'exceljs';

/** One exported row as cells in column order: text, a number, a date, or null for an empty cell. */
export type Cells = (string | number | Date | null)[];

/** The first sheet's rows (header first), each padded to `width` cells. */
export async function xlsxRows(bytes: ArrayBuffer, width: number): Promise<Cells[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const rows: Cells[] = [];
  workbook.worksheets[0].eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(Array.from({ length: width }, (_, index) => (values[index] ?? null) as string | number | Date | null));
  });
  return rows;
}

/** An RFC 4180 reader, strict enough to fail on a wrong quote or line ending: the test's own. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const next = text[index + 1];
    index += 1;
    if (quoted && char === '"' && next === '"') {
      field += '"';
      index += 1;
    } else if (char === '"' && (quoted || field === '')) {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && next === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      index += 1;
    } else if (char === '\r' || char === '\n' || char === '"') {
      throw new Error(`unexpected ${JSON.stringify(char)} at ${index - 1}`);
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}
