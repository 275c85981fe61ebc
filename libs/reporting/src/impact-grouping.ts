import { registerEnumType } from '@nestjs/graphql';

/** How an impact report breaks its totals down. */
export enum ImpactGrouping {
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
  BASE = 'BASE',
  ENTERPRISE = 'ENTERPRISE',
  MEMBER = 'MEMBER',
  TEAM = 'TEAM',
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}

registerEnumType(ImpactGrouping, {
  name: 'ImpactGrouping',
  description: '分组方式 — how an impact report breaks its totals down.',
  valuesMap: {
    TOWN: { description: '按乡镇 — by town; records kept above town level form the group "未分解到乡镇" (key null).' },
    VILLAGE: { description: '按村 — by village; records kept above village level form the group "未分解到村" (key null).' },
    BASE: { description: '按基地 — by base; records kept for a division form the group "未落到基地" (key null).' },
    ENTERPRISE: { description: "按企业 — by the enterprise of the record's match; records without a match form the key-null group." },
    MEMBER: { description: '按委员 — by member credited (brokers of the match, leader of the team); groups overlap.' },
    TEAM: { description: '按服务团 — by service team; records without a team form the key-null group.' },
    YEAR: { description: '按年 — by year.' },
    QUARTER: { description: '按季度 — by quarter; a whole-year record forms its own group keyed by its year.' },
    MONTH: { description: '按月 — by month; a whole-year or whole-quarter record forms its own group keyed by its period.' },
  },
});

export const TIME_GROUPINGS = new Set<ImpactGrouping>([ImpactGrouping.YEAR, ImpactGrouping.QUARTER, ImpactGrouping.MONTH]);
