import { registerEnumType } from '@nestjs/graphql';

/** A figure an impact report's groups can be ranked by (`impactSummary(top:, topBy:)`). */
export enum ImpactRanking {
  AREA_MU = 'AREA_MU',
  OUTPUT_VALUE_YUAN = 'OUTPUT_VALUE_YUAN',
  JOBS_PERSON_TIMES = 'JOBS_PERSON_TIMES',
  HOUSEHOLD_RENT_YUAN = 'HOUSEHOLD_RENT_YUAN',
  COLLECTIVE_INCOME_YUAN = 'COLLECTIVE_INCOME_YUAN',
  HOUSEHOLDS_BENEFITED = 'HOUSEHOLDS_BENEFITED',
  TOWNS = 'TOWNS',
  VILLAGES = 'VILLAGES',
  BASES = 'BASES',
  ENTERPRISES = 'ENTERPRISES',
  MATCHES = 'MATCHES',
  SERVICE_ACTIVITIES = 'SERVICE_ACTIVITIES',
  FARMERS_TRAINED = 'FARMERS_TRAINED',
  RECORDS = 'RECORDS',
}

registerEnumType(ImpactRanking, {
  name: 'ImpactRanking',
  description: '排名依据 — the figure whose largest groups `top` keeps (the field of ImpactFigures of the same name).',
});

/** The report row's column of each ranking figure (the enum value, lower case). */
export function rankingColumn(ranking: ImpactRanking): string {
  return ranking.toLowerCase();
}
