import { LabelOrder } from './label-order.js';

const collator = new Intl.Collator('zh-Hans-CN');
const byCollator = (labels: string[]) => [...labels].sort(collator.compare);
const byRank = (order: LabelOrder, labels: string[]) => {
  const ranks = order.ranksOf(labels);
  return [...labels].sort((a, b) => (ranks.get(a) as number) - (ranks.get(b) as number));
};

describe('LabelOrder', () => {
  it('orders labels as the collator does, however they arrive', () => {
    const order = new LabelOrder();
    const first = ['武篆镇', '东兰县', '长乐镇', '三石镇', 'Alpha', '巴畴乡'];
    const second = ['长江乡', '东里村', '武篆镇', '兰木乡', '未分解到乡镇', 'alpha'];
    expect(byRank(order, first)).toEqual(byCollator(first));
    expect(byRank(order, second)).toEqual(byCollator(second));
    expect(byRank(order, [...first, ...second])).toEqual(byCollator([...first, ...second]));
  });

  it('starts again past its capacity, still in order', () => {
    const order = new LabelOrder(4);
    expect(byRank(order, ['丙', '甲', '乙'])).toEqual(byCollator(['丙', '甲', '乙']));
    expect(byRank(order, ['丁', '戊', '甲'])).toEqual(byCollator(['丁', '戊', '甲']));
  });
});
