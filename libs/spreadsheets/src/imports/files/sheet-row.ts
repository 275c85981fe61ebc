/** One row of the file as read: the sheet it is on, its number as Excel shows it, its cells from column A. */
export interface SheetRow {
  sheet: string;
  row: number;
  cells: unknown[];
}
