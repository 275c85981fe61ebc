import type ExcelJS from 'exceljs';

// Rows 2 … this one carry the drop-down lists and cell formats: far more than a ledger sent at once.
export const FORMATTED_ROWS = 1000;
export const EXAMPLE_ROW = 2;

export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };
export const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
export const OPTIONAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
export const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } };

/** Excel's text format: what is typed stays as typed (leading zeros, 18-character codes, 2024-07). */
export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';

export const EXAMPLE_NOTE = '示例行：仅供参考。原样保留时导入会跳过此行；可以直接覆盖为实际数据，或删除。';
