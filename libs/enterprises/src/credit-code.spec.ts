import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter, creditCodeProblem } from './credit-code.js';

/** A full code: the 17 characters given plus the check character they call for. */
function withCheck(first17: string): string {
  const check = creditCodeCheckCharacter(first17);
  if (check === null) throw new Error(`no check character for ${first17}`);
  return first17 + check;
}

describe('统一社会信用代码 (GB 32100-2015)', () => {
  describe('the check character', () => {
    it.each([
      // Codes in the published format, their check characters computed apart from this module.
      ['91350100M000100Y43', '3'],
      ['91110108551385082Q', 'Q'],
      ['9144030071526726XG', 'G'],
      ['91330100716105852F', 'F'],
    ])('of %s is %s', (code, check) => {
      expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(check);
      expect(creditCodeProblem(code)).toBeNull();
    });

    it('can be a letter, a digit or 0 (sum already a multiple of 31)', () => {
      expect(withCheck('91451224MA5K00000')).toBe('91451224MA5K00000M');
      expect(withCheck('91450000198229461')).toBe('914500001982294618');
      expect(withCheck('00000000000000000')).toBe('000000000000000000');
    });

    it('is refused for a character outside the alphabet', () => {
      expect(creditCodeCheckCharacter('9135010OM00010OY4')).toBeNull();
    });
  });

  describe('creditCodeProblem', () => {
    it.each(['91451224MA5K00000M', '92451224MA5K12345D', '11451224000000000T'])('accepts %s', (code) => {
      expect(creditCodeProblem(code)).toBeNull();
    });

    it.each([
      ['too short', '91350100M000100Y4'],
      ['too long', '91350100M000100Y433'],
      ['empty', ''],
    ])('says the length is wrong when %s', (_label, code) => {
      expect(creditCodeProblem(code)).toBe('统一社会信用代码须为 18 位');
    });

    it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the letter %s, which the standard leaves out', (letter) => {
      const code = `91350100M000100Y${letter}3`;
      expect(creditCodeProblem(code)).toMatch(/不含 I、O、Z、S、V/);
    });

    it("refuses lower-case letters and other characters (normalising is the caller's job)", () => {
      expect(creditCodeProblem('91350100m000100y43')).toMatch(/大写字母/);
      expect(creditCodeProblem('91350100M000100Y4 ')).toMatch(/大写字母/);
      expect(creditCodeProblem('91350100M000100Y4-')).toMatch(/大写字母/);
    });

    it('refuses every wrong check character of a valid code', () => {
      const wrong = [...CREDIT_CODE_ALPHABET].filter((char) => char !== '3');
      for (const char of wrong) {
        expect(creditCodeProblem(`91350100M000100Y4${char}`)).toBe('统一社会信用代码校验位不正确，请核对');
      }
    });

    it('catches two neighbouring characters swapped or one mistyped', () => {
      expect(creditCodeProblem('19350100M000100Y43')).toBe('统一社会信用代码校验位不正确，请核对');
      expect(creditCodeProblem('91350100M000100Y34')).toBe('统一社会信用代码校验位不正确，请核对');
      expect(creditCodeProblem('91350100M000200Y43')).toBe('统一社会信用代码校验位不正确，请核对');
    });
  });
});
