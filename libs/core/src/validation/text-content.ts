/**
 * What every text a caller sends must not be: control characters (PostgreSQL refuses NUL
 * outright, and the others only hide text from the clerk who reads it), or nothing but invisible
 * characters (a "name" of zero-width spaces looks empty everywhere it is shown).
 */

// Matching control characters is the point of these two patterns.
/* eslint-disable no-control-regex */
/** C0 and C1 controls and DEL. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/** The same, less tab, line feed and carriage return: allowed in multi-line text. */
const CONTROL_IN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/* eslint-enable no-control-regex */
/**
 * Spaces, format characters that print nothing (zero-width space and joiners, bidi marks, soft
 * hyphen, BOM, variation selectors, the Hangul filler: Unicode's Default_Ignorable_Code_Point),
 * and the blank braille pattern, which renders as a space.
 */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]+$/u;

export enum TextProblem {
  CONTROL = 'CONTROL',
  INVISIBLE = 'INVISIBLE',
}

export function textProblem(text: string, multiline = false): TextProblem | null {
  if ((multiline ? CONTROL_IN_MULTILINE : CONTROL).test(text)) return TextProblem.CONTROL;
  if (INVISIBLE_ONLY.test(text)) return TextProblem.INVISIBLE;
  return null;
}

export function textProblemMessage(label: string, problem: TextProblem): string {
  return problem === TextProblem.CONTROL ? `${label}不能包含控制字符` : `${label}不能只包含不可见字符`;
}
