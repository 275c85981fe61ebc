import { missingFigureProblem, scopeProblem } from './outcome-record.rules.js';

describe('outcome record rules', () => {
  it('wants exactly one scope', () => {
    expect(scopeProblem({ baseId: '1' })).toBeNull();
    expect(scopeProblem({ divisionId: '2', baseId: null })).toBeNull();
    expect(scopeProblem({})).toMatchObject({ field: 'baseId' });
    expect(scopeProblem({ baseId: '1', divisionId: '2' })).toMatchObject({ field: 'divisionId' });
  });

  it('wants at least one figure, zero included', () => {
    expect(missingFigureProblem({ jobsPersonTimes: '0' })).toBeNull();
    expect(missingFigureProblem({ householdsBenefited: '12', areaMu: null })).toBeNull();
    const problem = missingFigureProblem({ areaMu: null });
    expect(problem?.field).toBe('areaMu');
    expect(problem?.message).toMatch(/至少要填写一项数字/);
  });
});
