import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { normalizeDecimal, parseDecimal } from '../rules/decimal.js';

const INVALID = '须为数字（如 11897.5），不能带单位或逗号';

/** Exact decimal: a string such as "11897.5" on output; a string or a number on input. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: '精确小数 — an exact decimal. Output: a string such as "11897.5". Input: a string or a number.',
  serialize(value) {
    if (typeof value === 'string') return normalizeDecimal(value);
    if (typeof value === 'number' && Number.isFinite(value)) return normalizeDecimal(String(value));
    throw new GraphQLError('Decimal cannot represent this value');
  },
  parseValue(value) {
    const parsed = parseDecimal(value);
    if (parsed === null) throw new GraphQLError(INVALID);
    return parsed;
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING) {
      const parsed = parseDecimal(ast.value);
      if (parsed !== null) return parsed;
    }
    throw new GraphQLError(INVALID);
  },
});
