/**
 * The facts of the article the product starts from, exactly as published, with what the article
 * leaves open said openly rather than filled in.
 *
 * 龙超云 (chair of the 东兰县 CPPCC committee), 《突出“四个聚焦” 推动县级政协工作提质增效》,
 * 广西政协报, published on the Guangxi CPPCC site on 2025-09-18.
 */

export const ARTICLE_CITATION = '龙超云《突出“四个聚焦” 推动县级政协工作提质增效》，广西政协报，2025年9月18日刊于广西政协网';

/** The article gives yearly figures without a year: 2024 is the last full year before it appeared. */
export const ASSUMED_YEAR = '2024';
const YEAR_NOTE = `原文未注明年份，按发表前最后一个完整年度 ${ASSUMED_YEAR} 年记录`;

export const PLACES = {
  province: { name: '广西壮族自治区', code: '450000000000' },
  city: { name: '河池市', code: '451200000000' },
  county: { name: '东兰县', code: '451224000000' },
  // The article names the town and village but not their statistical codes.
  town: { name: '武篆镇', code: null },
  village: { name: '东里村', code: null },
};

export const MEMBERS = {
  liang: { name: '梁贤勇', sector: null, title: '东兰县政协委员' },
  wei: { name: '韦建东', sector: null, title: '东兰县政协委员' },
};

/** The article does not name 梁贤勇's enterprise; the name says so instead of inventing one. */
export const LIANG_ENTERPRISE = { name: '梁贤勇委员所办企业（原文未载企业名称）', creditCode: null, industry: '葡萄种植' };

export const GONGGENGSHE_BASE = {
  name: '共耕社产业园',
  areaMu: null, // not given in the article
  industry: '高端品种葡萄',
  operatingModel: '支部+基地+农户',
};

/** 共耕社: "每年使农户获得农田租金共20余万元，提供务工岗位8200余人次，为村级集体经济增收10万元以上". */
export const GONGGENGSHE_OUTCOME = {
  period: ASSUMED_YEAR,
  householdRentYuan: '200000',
  jobsPersonTimes: '8200',
  collectiveIncomeYuan: '100000',
  atLeast: true,
  source: `${ARTICLE_CITATION}：共耕社产业园每年使农户获得农田租金共20余万元，提供务工岗位8200余人次，为村级集体经济增收10万元以上。${YEAR_NOTE}。`,
};

export const SERVICE_TEAM = { name: '农业科技服务团' };

/**
 * The team's figures are county totals: the article names neither the 10 towns nor the 19
 * villages and bases, so none are invented and the record is kept at county level.
 */
export const SERVICE_TEAM_OUTCOME = {
  period: ASSUMED_YEAR,
  areaMu: '11897',
  outputValueYuan: '24259000',
  atLeast: false,
  source: `${ARTICLE_CITATION}：韦建东委员带领农业科技服务团深入10个乡镇19个村19个基地开展科技服务活动，服务基地面积11897亩，产值2425.9万元。乡镇、村、基地名单原文未载，故按县级汇总记录；${YEAR_NOTE}。`,
};
