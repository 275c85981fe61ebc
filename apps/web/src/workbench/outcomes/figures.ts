/** The figures of an outcome record, as its form and list show them (names as in the API). */
export const FIGURES = [
  { key: 'areaMu', label: '面积（亩）' },
  { key: 'outputValueYuan', label: '产值（元）' },
  { key: 'jobsPersonTimes', label: '务工（人次）' },
  { key: 'householdRentYuan', label: '农户租金（元）' },
  { key: 'collectiveIncomeYuan', label: '村集体增收（元）' },
  { key: 'householdsBenefited', label: '带动农户（户）' },
] as const;

export type FigureKey = (typeof FIGURES)[number]['key'];
