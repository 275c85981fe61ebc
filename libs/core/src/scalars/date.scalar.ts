import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { isIsoDate } from '../rules/iso-date.js';

const INVALID = '日期格式须为 YYYY-MM-DD，如 2025-09-18';

/** A calendar date without time zone, "2025-09-18". */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: '日期 — a calendar date, "2025-09-18".',
  serialize(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('Date cannot represent this value');
  },
  parseValue(value) {
    if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
    throw new GraphQLError(INVALID);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value.trim())) return ast.value.trim();
    throw new GraphQLError(INVALID);
  },
});
