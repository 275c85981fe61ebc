import { enterpriseNamed } from './enterprise-named.js';

describe('enterpriseNamed', () => {
  const uncoded = { id: '1', creditCode: null };
  const coded = { id: '2', creditCode: '91451224MA5KT3WC39' };
  const alsoCoded = { id: '3', creditCode: '92451224MA5L0Q8X11' };

  it('takes the enterprise without a code: the name is its natural key', () => {
    expect(enterpriseNamed([coded, uncoded, alsoCoded])).toBe(uncoded);
  });

  it('takes the only enterprise of the name, with a code or without', () => {
    expect(enterpriseNamed([coded])).toBe(coded);
    expect(enterpriseNamed([uncoded])).toBe(uncoded);
  });

  it('finds none for no enterprise, and cannot choose between several with codes', () => {
    expect(enterpriseNamed([])).toBeNull();
    expect(enterpriseNamed([coded, alsoCoded])).toBe('AMBIGUOUS');
  });
});
