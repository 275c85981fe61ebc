/** The configured limits of one import file (IMPORT_MAX_BYTES, IMPORT_MAX_ROWS). */
export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
}

export const IMPORT_LIMITS = Symbol('IMPORT_LIMITS');
