import type { ValueTransformer } from 'typeorm';

import { normalizeDecimal } from '@rural/core';

/**
 * Keeps `numeric` columns exact: pg hands them over as text, and they stay text (normalised,
 * "11897.50" → "11897.5") instead of becoming floats.
 */
export const decimalTransformer: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : normalizeDecimal(value)),
};
