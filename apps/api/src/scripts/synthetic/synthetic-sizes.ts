/** How many of each thing a synthetic province has, for N outcome records (shaped on N = 1,000,000). */
export interface SyntheticSizes {
  records: number;
  cities: number;
  counties: number;
  towns: number;
  villages: number;
  bases: number;
  enterprises: number;
  members: number;
  matches: number;
  teams: number;
  activities: number;
}

const AT_ONE_MILLION = {
  cities: 14,
  counties: 110,
  towns: 1200,
  villages: 14000,
  bases: 100000,
  enterprises: 20000,
  members: 2000,
  matches: 50000,
  teams: 300,
  activities: 200000,
};

export function syntheticSizes(records: number): SyntheticSizes {
  const scale = records / 1_000_000;
  const sized = Object.fromEntries(
    Object.entries(AT_ONE_MILLION).map(([name, count]) => [name, Math.max(name === 'cities' ? 2 : 3, Math.round(count * scale))]),
  ) as Omit<SyntheticSizes, 'records'>;
  return { records, ...sized };
}
