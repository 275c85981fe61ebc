// `npm run import -- --kind outcomes --file 台账.xlsx [--commit] [--submit]`: imports a spreadsheet
// from the server's own disk, for administrators with shell access (a county's first ledgers,
// a province's 100,000-row files), with a progress bar. The same runner as `POST /imports/{kind}`:
// the same checks, one transaction, the same history; the audit trail names the job `import-cli`.
// A dry run unless --commit. Stop the server first on the embedded database (it allows one process).
import 'reflect-metadata';

import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';

import { RequestContext } from '@rural/core';
import { importReport, ImportRunner, kindSpec, localFile, SPREADSHEET_KINDS } from '@rural/spreadsheets';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    file: { type: 'string' },
    commit: { type: 'boolean', default: false },
    submit: { type: 'boolean', default: false },
  },
});
const spec = kindSpec(values.kind ?? '');
if (!spec || !values.file) {
  process.stderr.write(`用法：npm run import -- --kind <${SPREADSHEET_KINDS.join('|')}> --file <文件> [--commit] [--submit]\n`);
  process.exit(2);
}
Object.assign(process.env, { SEED: process.env.SEED ?? 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
const { AppModule } = await import('../app.module.js');
const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
const bar = new cliProgress.SingleBar(
  {
    format: '{bar} {percentage}% | {rows} 行 | {phase}',
    hideCursor: true,
    clearOnComplete: false,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  },
  cliProgress.Presets.shades_classic,
);
let status: number;
try {
  const path = resolve(values.file);
  const file = await localFile(path);
  bar.start(file.bytes, 0, { rows: 0, phase: '读取' });
  const record = await app.get(ImportRunner).run(RequestContext.system('import-cli'), {
    spec,
    file,
    fileName: basename(path),
    dryRun: !values.commit,
    submit: values.submit,
    onProgress: (progress) =>
      bar.update(progress.bytesRead, { rows: progress.rowsRead, phase: progress.phase === 'READING' ? '读取与检查' : '提交' }),
  });
  bar.stop();
  const report = importReport(record);
  process.stdout.write(
    `${report.dryRun ? '试导入' : '导入'} #${report.id} ${report.status}：${report.rows} 行，新增 ${report.created}，修改 ${report.updated}，未变 ${report.unchanged}，问题 ${report.errorCount}\n`,
  );
  for (const problem of report.errors.slice(0, 50)) {
    process.stdout.write(
      `  ${problem.sheet ?? ''} 第 ${problem.row ?? '-'} 行 ${problem.column ?? ''} [${problem.code}] ${problem.message}\n`,
    );
  }
  if (report.errorCount > 50)
    process.stdout.write(`  ……共 ${report.errorCount} 个问题，全部见 GraphQL spreadsheetImport(id: ${report.id})\n`);
  status = report.status === 'INVALID' ? 1 : 0;
} catch (error) {
  bar.stop();
  process.stderr.write(`导入失败：${error instanceof Error ? error.message : String(error)}\n`);
  status = 1;
} finally {
  await app.close();
}
process.exit(status);
