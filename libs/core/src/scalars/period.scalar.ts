import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { parsePeriod } from '../rules/period.js';

const INVALID = '期间格式须为年“2025”、季度“2025Q3”或月份“2025-07”';

/** A reporting period: a year "2025", a quarter "2025Q3" or a month "2025-07". */
export const PeriodScalar = new GraphQLScalarType<string, string>({
  name: 'Period',
  description: '统计期间 — a year "2025", a quarter "2025Q3" or a month "2025-07".',
  serialize(value) {
    if (typeof value === 'string') return value;
    throw new GraphQLError('Period cannot represent this value');
  },
  parseValue(value) {
    const period = typeof value === 'string' ? parsePeriod(value) : null;
    if (!period) throw new GraphQLError(INVALID);
    return period.text;
  },
  parseLiteral(ast) {
    const period = ast.kind === Kind.STRING ? parsePeriod(ast.value) : null;
    if (!period) throw new GraphQLError(INVALID);
    return period.text;
  },
});
