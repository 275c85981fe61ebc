import { describe, expect, it } from '@jest/globals';
import type { CombinedError } from '@urql/vue';

import { evidenceLink } from './duty-evidence';
import { rulesNotSaved, yearChoices, yearOf } from './duty-year';

/** A GraphQL refusal as urql hands it over: only what the helpers read. */
function refusal(code: string, fields: Array<{ field: string; message: string }> = []): CombinedError {
  return { graphQLErrors: [{ message: '拒绝', extensions: { code, fields } }] } as unknown as CombinedError;
}

describe("the duty pages' years, refusals and evidence links", () => {
  const thisYear = new Date().getFullYear();

  it.each([
    ['2024', 2024],
    ['1999', thisYear],
    ['2101', thisYear],
    ['abc', thisYear],
    [undefined, thisYear],
  ])('reads the year %p from the URL as %p', (value, year) => {
    expect(yearOf(value)).toBe(year);
  });

  it('offers this year and the five before it, and a bookmarked year outside them', () => {
    expect(yearChoices(thisYear)).toHaveLength(6);
    expect(yearChoices(2001)).toContain(2001);
    expect(yearChoices(2001)[0]).toBe(thisYear);
  });

  it.each([
    [refusal('BAD_USER_INPUT', [{ field: 'year', message: '2023 年的履职积分规则尚未保存' }]), true],
    [refusal('BAD_USER_INPUT', [{ field: 'divisionId', message: '区划不存在' }]), false],
    [refusal('FORBIDDEN'), false],
    [undefined, false],
  ])('tells a year without saved rules from other refusals (%#)', (error, expected) => {
    expect(rulesNotSaved(error)).toBe(expected);
  });

  it.each([
    ['DUTY_EVENT', { path: '/committee/duty-events', query: { memberId: 'm1', from: '2024-04-10', to: '2024-04-10' } }],
    ['SUGGESTION', { path: '/committee/suggestions/s9' }],
    ['MATCH', { path: '/matches', query: { memberId: 'm1' } }],
    ['SERVICE_ACTIVITY', { path: '/service-activities', query: { from: '2024-04-10', to: '2024-04-10' } }],
    ['SOMETHING_NEW', null],
  ])('links a %s point to its record', (sourceKind, expected) => {
    expect(evidenceLink({ sourceKind, sourceId: 's9', on: '2024-04-10' }, 'm1')).toEqual(expected);
  });
});
