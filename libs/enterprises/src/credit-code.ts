/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and
 * capitals without I, O, Z, S, V). The last is a check character: 31 − (Σ value × weight mod 31),
 * with the weights 3^i mod 31.
 */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character the first 17 characters call for, or null if one is not allowed. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a credit code is wrong, in Chinese, or null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return '统一社会信用代码须为 18 位';
  if (![...code].every((char) => CREDIT_CODE_ALPHABET.includes(char))) {
    return '统一社会信用代码只能含数字和大写字母（不含 I、O、Z、S、V）';
  }
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) {
    return '统一社会信用代码校验位不正确，请核对';
  }
  return null;
}
