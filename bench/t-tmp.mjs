import pg from 'pg';
import { EXPORT_FLOOR_SQL, exportFloor } from './spreadsheets/export-floor.mjs';
const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:5432/rural_syn_100k' });
let t = performance.now();
await pool.query({ text: EXPORT_FLOOR_SQL, rowMode: 'array' });
console.log('sql', performance.now() - t);
t = performance.now();
console.log(await exportFloor(pool));
await pool.end();
