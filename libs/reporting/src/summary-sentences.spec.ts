import { formatYuan, shiftLeft } from './chinese-figures.js';
import { matchSentence, teamSentence } from './summary-sentences.js';

describe('figures in Chinese', () => {
  it.each([
    ['24259000', 4, '2425.9'],
    ['200000', 4, '20'],
    ['10000', 4, '1'],
    ['12345.67', 4, '1.234567'],
    ['5', 4, '0.0005'],
    ['0.01', 4, '0.000001'],
    ['0.5', 4, '0.00005'],
    ['007', 4, '0.0007'],
    ['0', 4, '0'],
  ])('shifts %s by %i places to %s', (value, places, expected) => {
    expect(shiftLeft(value, places)).toBe(expected);
  });

  it.each([
    ['200000', true, '余', '20余万元'],
    ['100000', true, '以上', '10万元以上'],
    ['24259000', false, '余', '2425.9万元'],
    ['9999.5', false, '余', '9999.5元'],
    ['10000', false, '余', '1万元'],
  ] as const)('writes %s yuan (at least: %s) as %s', (value, atLeast, style, expected) => {
    expect(formatYuan(value, atLeast, style)).toBe(expected);
  });
});

describe("the article's sentences from data", () => {
  it("reproduces 共耕社's sentence", () => {
    expect(
      matchSentence({
        brokers: ['梁贤勇'],
        enterprise: '梁贤勇委员所办企业',
        town: '武篆镇',
        village: '东里村',
        base: '共耕社产业园',
        operatingModel: '支部+基地+农户',
        industry: '高端品种葡萄',
        year: '2024',
        householdRentYuan: '200000',
        jobsPersonTimes: '8200',
        collectiveIncomeYuan: '100000',
        atLeast: true,
      }),
    ).toBe(
      '梁贤勇委员牵线，梁贤勇委员所办企业在武篆镇东里村建立共耕社产业园，采取“支部+基地+农户”模式，发展高端品种葡萄产业，2024年使农户获得农田租金共20余万元，提供务工岗位8200余人次，为村级集体经济增收10万元以上。',
    );
  });

  it('says so when a match has no figures yet, and leaves out what is unknown', () => {
    expect(
      matchSentence({
        brokers: [],
        enterprise: '某公司',
        town: null,
        village: '东里村',
        base: null,
        operatingModel: null,
        industry: null,
        year: null,
        householdRentYuan: null,
        jobsPersonTimes: null,
        collectiveIncomeYuan: null,
        atLeast: false,
      }),
    ).toBe('某公司与东里村开展合作，暂无成效数据。');
  });

  it("reproduces the service team's sentence", () => {
    expect(
      teamSentence({
        leader: '韦建东',
        team: '农业科技服务团',
        towns: 10,
        villages: 19,
        bases: 19,
        areaMu: '11897',
        outputValueYuan: '24259000',
        atLeast: false,
      }),
    ).toBe('韦建东委员带领农业科技服务团深入10个乡镇19个村19个基地开展科技服务活动，服务基地面积11897亩，产值2425.9万元。');
  });

  it('leaves out reach that is only known as a county total', () => {
    expect(
      teamSentence({
        leader: '韦建东',
        team: '农业科技服务团',
        towns: 0,
        villages: 0,
        bases: 0,
        areaMu: '11897',
        outputValueYuan: '24259000',
        atLeast: false,
      }),
    ).toBe('韦建东委员带领农业科技服务团开展科技服务活动，服务基地面积11897亩，产值2425.9万元。');
  });
});
