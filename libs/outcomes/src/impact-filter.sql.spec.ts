import { UserInputError } from '@rural/core';

import { impactFilterSql } from './impact-filter.sql.js';

describe('impactFilterSql', () => {
  it('is TRUE without a filter', () => {
    expect(impactFilterSql(undefined)).toEqual({ where: 'TRUE', parameters: {} });
    expect(impactFilterSql({})).toEqual({ where: 'TRUE', parameters: {} });
  });

  it('keeps a record only when its whole period lies inside the range', () => {
    const { where, parameters } = impactFilterSql({ from: '2025Q1', to: '2025Q2' });
    expect(where).toBe('(r.period_start >= :impactFirstDay) AND (r.period_end <= :impactLastDay)');
    expect(parameters).toEqual({ impactFirstDay: '2025-01-01', impactLastDay: '2025-06-30' });
  });

  it("credits a member through the match's brokers or the team's leader", () => {
    const { where, parameters } = impactFilterSql({ memberId: '7' });
    expect(where).toContain('match_broker impact_broker');
    expect(where).toContain('impact_team.leader_id = :impactMemberId');
    expect(where).toMatch(/^\(EXISTS .* OR EXISTS .*\)$/);
    expect(parameters).toEqual({ impactMemberId: '7' });
  });

  it("places a record by the path of its place (the base's village, or its division)", () => {
    const { where, parameters } = impactFilterSql({ divisionId: '3' });
    expect(where).toBe('(r.place_path @> ARRAY[:impactDivisionId]::bigint[])');
    expect(parameters).toEqual({ impactDivisionId: '3' });
  });

  it('combines every field with AND, on the alias asked for', () => {
    const { where, parameters } = impactFilterSql(
      { divisionId: '1', from: '2024', to: '2025', enterpriseId: '2', memberId: '3', teamId: '4', baseId: '5', matchId: '6' },
      'rec',
    );
    expect(where.split(') AND (')).toHaveLength(8);
    expect(where).toContain('rec.team_id = :impactTeamId');
    expect(where).toContain('rec.base_id = :impactBaseId');
    expect(where).toContain('rec.match_id = :impactMatchId');
    expect(where).not.toMatch(/\br\./);
    expect(Object.keys(parameters).sort()).toEqual(
      [
        'impactBaseId',
        'impactDivisionId',
        'impactEnterpriseId',
        'impactFirstDay',
        'impactLastDay',
        'impactMatchId',
        'impactMemberId',
        'impactTeamId',
      ].sort(),
    );
  });

  it('refuses a reversed range on `to`', () => {
    expect(() => impactFilterSql({ from: '2025Q3', to: '2025Q2' })).toThrow(UserInputError);
  });
});
