import { assertValid, UserInputError } from '@rural/core';

import { ImpactFilter } from './dto/impact-filter.input.js';
import { RecordOutcomeInput } from './dto/record-outcome.input.js';

async function problems(type: new () => object, plain: object) {
  try {
    await assertValid(type, plain);
    return [];
  } catch (error) {
    return (error as UserInputError).fields;
  }
}

describe('period validators', () => {
  it('accepts an ordered range and a range open at either end', async () => {
    expect(await problems(ImpactFilter, { from: '2025', to: '2025Q1' })).toEqual([]);
    expect(await problems(ImpactFilter, { from: '2025Q2' })).toEqual([]);
    expect(await problems(ImpactFilter, { to: '2025-07' })).toEqual([]);
  });

  it('refuses a reversed range on `to`', async () => {
    expect(await problems(ImpactFilter, { from: '2025Q3', to: '2025Q2' })).toEqual([{ field: 'to', message: '结束期间不能早于开始期间' }]);
  });

  it('holds a record to a present, well-formed period within 1949–2100', async () => {
    const base = { baseId: '1', areaMu: '1', atLeast: false };
    expect(await problems(RecordOutcomeInput, { ...base, period: '2025Q3' })).toEqual([]);
    expect(await problems(RecordOutcomeInput, { ...base, period: null })).toEqual([{ field: 'period', message: '须填写期间' }]);
    for (const period of ['2025Q5', '2025-13', '25', '1948', '2101']) {
      expect(await problems(RecordOutcomeInput, { ...base, period })).toEqual([
        { field: 'period', message: expect.stringContaining('期间须为年') },
      ]);
    }
  });
});
