// SHEETS' outcome file imported (committed) with the summaries on, then off: issue 12 allows the
// summaries at most ×1.5 of the import without them. The imported records are drafts, which have
// no cells, so SHEETS' own removal (triggers off) leaves the cells exact in both modes; the off
// import's rows go before the summaries are switched on again.
import { uploadFile } from '../spreadsheets/http-files.mjs';
import { removeImportedRows } from '../spreadsheets/sheets.mjs';
import { withSummariesOff } from './summary-state.mjs';

export async function measureImportCost({ app, database, file, log }) {
  const url = `${app.url.replace(/\/graphql$/, '')}/imports/outcomes?dryRun=false&fileName=outcomes-summaries.xlsx`;
  const once = async (side) => {
    const answer = await uploadFile(url, app.token, file.path);
    if (answer.status === 404) return null;
    const { status, rows } = answer.body ?? {};
    if (answer.status !== 200 || status !== 'COMMITTED' || rows !== file.rows)
      throw new Error(`import with summaries ${side}: HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
    await removeImportedRows(database);
    log(`  import of ${file.rows} rows, summaries ${side}: ${(answer.ms / 1000).toFixed(1)} s`);
    return answer.ms;
  };
  const on = await once('on');
  if (on === null) return { available: false, rows: file.rows };
  const off = await withSummariesOff(database, () => once('off'));
  return { available: true, rows: file.rows, onMs: on, offMs: off, ratio: on / off };
}
