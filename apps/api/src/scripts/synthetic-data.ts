import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { RequestContext } from '@rural/core';
import { nameCaller } from '@rural/database';

import { openScriptDatabase } from './script-database.js';
import { syntheticSizes } from './synthetic/synthetic-sizes.js';
import { syntheticStatements } from './synthetic/synthetic.sql.js';

/**
 * `npm run db:synthetic -- --records N`: fills the database (DATABASE_URL, or the embedded one in
 * DATA_DIR) with a deterministic synthetic province for benchmarks. Refuses a database that
 * already holds synthetic data.
 */
const { values } = parseArgs({ options: { records: { type: 'string', default: '1000000' } } });
const records = Number(values.records);
if (!Number.isInteger(records) || records < 100) {
  process.stderr.write('--records 须为不小于 100 的整数\n');
  process.exit(2);
}

const { dataSource, close } = await openScriptDatabase();
try {
  const [{ present }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM division WHERE name LIKE '合成省%') AS present`);
  if (present) throw new Error('该数据库已有合成数据；请换一个空数据库');
  const sizes = syntheticSizes(records);
  console.log(`generating ${JSON.stringify(sizes)}`);
  const started = Date.now();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    // Generated rows are audited as the SYSTEM job that made them.
    await nameCaller(runner, RequestContext.system('synthetic-data').caller);
    for (const statement of syntheticStatements(sizes)) {
      const step = Date.now();
      if (statement === 'ANALYZE') {
        await runner.commitTransaction();
        await runner.query(statement);
      } else {
        await runner.query(statement);
      }
      console.log(`${((Date.now() - step) / 1000).toFixed(1).padStart(6)} s  ${statement.trim().split('\n')[0].slice(0, 90)}`);
    }
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await close();
}
