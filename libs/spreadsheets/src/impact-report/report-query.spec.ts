import { UserInputError } from '@rural/core';
import { ImpactGrouping } from '@rural/reporting';

import { impactReportQuery } from './report-query.js';

async function refusal(query: Record<string, unknown>): Promise<UserInputError> {
  const error: unknown = await impactReportQuery(query).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserInputError);
  return error as UserInputError;
}

describe('the query of GET /exports/impact.xlsx', () => {
  it('reads the filter and the grouping, empty parameters as left out', async () => {
    const { filter, grouping } = await impactReportQuery({
      divisionId: '12',
      from: '2024Q3',
      to: '2025',
      groupBy: 'TOWN',
      includeUnapproved: 'true',
    });
    expect({ ...filter }).toEqual({ divisionId: '12', from: '2024Q3', to: '2025', includeUnapproved: true });
    expect(grouping).toBe(ImpactGrouping.TOWN);
    expect(await impactReportQuery({ groupBy: '', from: '' })).toEqual({ filter: expect.any(Object), grouping: null });
  });

  it.each([
    [{ from: 'abc' }, 'from', '开始期间'],
    [{ from: '2025', to: '2024' }, 'to', '结束期间不能早于开始期间（参数 to）'],
    [{ divisionId: 'x1' }, 'divisionId', '区划'],
    [{ includeUnapproved: 'yes' }, 'includeUnapproved', 'true 或 false'],
    [{ groupBy: 'COUNTY' }, 'groupBy', 'TOWN（按乡镇）'],
    [{ groupBy: ['TOWN', 'VILLAGE'] }, 'groupBy', '只能给一次'],
    [{ town: '1' }, 'town', 'groupBy'],
  ])('refuses %j naming the parameter %s', async (query, parameter, mentioned) => {
    const error = await refusal(query);
    expect(error.fields.map((problem) => problem.field)).toEqual([parameter]);
    expect(error.message).toContain(parameter);
    expect(error.message).toContain(mentioned);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
