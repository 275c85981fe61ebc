import { startTestApp, type TestApp } from '../support/test-app.js';

// A variable that its type refuses (a Decimal, Date, Period or Int that is not one) is named in
// the message by the field's Chinese label, as every other message names it; the path stays in
// `extensions.fields[].field`.

const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
const UPDATE_RECORD = `mutation($input: UpdateOutcomeRecordInput!) { updateOutcomeRecord(input: $input) { id } }`;
const RECORD_VISIT = `mutation($input: RecordServiceActivityInput!) { recordServiceActivity(input: $input) { id } }`;
const SUMMARY = `query($filter: ImpactFilter) { impactSummary(filter: $filter) { totals { records } } }`;

const visit = { teamId: '1', baseId: '1', date: '2025-01-01', topic: '培训' };

describe('variable errors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['a Decimal', RECORD, { input: { period: '2024', divisionId: '1', outputValueYuan: '12万' } }, 'outputValueYuan', /^产值：须为数字/],
    ['a Decimal of an update input', UPDATE_RECORD, { input: { id: '1', areaMu: 'abc' } }, 'areaMu', /^面积：须为数字/],
    ['a Period', RECORD, { input: { period: '2024年', divisionId: '1', areaMu: '1' } }, 'period', /^统计期间：期间格式须为/],
    ['a Date', RECORD_VISIT, { input: { ...visit, date: '2025/01/01' } }, 'date', /^日期：日期格式须为/],
    ['an Int', RECORD_VISIT, { input: { ...visit, farmersTrained: 1.5 } }, 'farmersTrained', /^培训农民人数须为整数$/],
    ['a missing required field', RECORD_VISIT, { input: { teamId: '1', baseId: '1', date: '2025-01-01' } }, 'topic', /^服务主题必须填写$/],
    ['a Period in a filter', SUMMARY, { filter: { from: '2025-13' } }, 'from', /^开始期间：期间格式须为/],
  ])('names %s by its label', async (_label, query, variables, field, message) => {
    const error = await t.admin.fails(query, variables);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(error.message).toMatch(message);
  });
});
