import { positional } from './sql-statement.js';

describe('positional', () => {
  it('numbers named parameters in the order they first appear, one number per name', () => {
    const statement = positional('SELECT :b, :a, :b', { a: 1, b: 2, unused: 3 });
    expect(statement).toEqual({ text: 'SELECT $1, $2, $1', values: [2, 1], names: ['b', 'a'] });
  });

  it('leaves casts alone', () => {
    expect(positional('SELECT :day::date, ARRAY[:id]::bigint[]', { day: '2025-01-01', id: '7' }).text).toBe(
      'SELECT $1::date, ARRAY[$2]::bigint[]',
    );
  });

  it('refuses a parameter without a value', () => {
    expect(() => positional('SELECT :missing', {})).toThrow(':missing');
  });
});
