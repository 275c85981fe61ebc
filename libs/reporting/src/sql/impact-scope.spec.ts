import { impactScopeSql } from './impact-scope.js';

describe('impactScopeSql: records left out of a range', () => {
  it('counts none without a range', () => {
    expect(impactScopeSql({}).overlapping).toBe('FALSE');
  });

  it('counts none for whole years, since no period crosses a new year', () => {
    expect(impactScopeSql({ from: '2018', to: '2022' }).overlapping).toBe('FALSE');
    expect(impactScopeSql({ from: '2024Q1', to: '2024Q4' }).overlapping).toBe('FALSE');
    expect(impactScopeSql({ to: '2024-12' }).overlapping).toBe('FALSE');
  });

  it('looks for records crossing a bound inside a year', () => {
    const scope = impactScopeSql({ from: '2024Q2', to: '2024' });
    expect(scope.overlapping).toContain('NOT');
    expect(scope.parameters).toMatchObject({ scopeFirstDay: '2024-04-01', scopeLastDay: '2024-12-31' });
    expect(impactScopeSql({ from: '2024', to: '2024-11' }).overlapping).toContain('NOT');
  });
});
