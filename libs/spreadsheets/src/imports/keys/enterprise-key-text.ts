import { creditCodeProblem } from '@rural/enterprises';

import { toHalfWidth } from '../../cells/cell-text.js';

/**
 * A 所属企业 entry as the key to look up: a valid 统一社会信用代码 typed with spaces, 全角 or lower
 * case becomes the code as stored; anything else is an exact name.
 */
export function enterpriseKeyText(text: string): string {
  const compact = toHalfWidth(text).replace(/\s+/g, '').toUpperCase();
  return creditCodeProblem(compact) === null ? compact : text;
}
