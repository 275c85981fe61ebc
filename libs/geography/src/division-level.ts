import { registerEnumType } from '@nestjs/graphql';

/** Levels of the administrative tree, from the top. PostgreSQL orders the enum the same way. */
export enum DivisionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
}

registerEnumType(DivisionLevel, {
  name: 'DivisionLevel',
  description: '区划级别 — the level of an administrative division.',
  valuesMap: {
    PROVINCE: { description: '省（自治区）— province or autonomous region.' },
    CITY: { description: '市 — prefecture-level city.' },
    COUNTY: { description: '县 — county.' },
    TOWN: { description: '乡镇 — town or township.' },
    VILLAGE: { description: '村 — village.' },
  },
});

const ORDER = Object.values(DivisionLevel);

/** True when a division of level `child` may sit under one of level `parent`. */
export function isBelow(child: DivisionLevel, parent: DivisionLevel): boolean {
  return ORDER.indexOf(child) > ORDER.indexOf(parent);
}

/** The Chinese word for a level, for messages. */
export const LEVEL_NAMES: Record<DivisionLevel, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县',
  TOWN: '乡镇',
  VILLAGE: '村',
};
