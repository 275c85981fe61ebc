// The load test's own small world, created through the API and named as load test data, so a
// run on a shared database touches nothing else and its rows are easy to recognise.
import { must } from './client.mjs';

export const VILLAGES = 4;

/** Province › city › county › 2 towns › 4 villages, an enterprise, two members, a match at its base, a team, one base per writer. */
export async function buildWorld(url, token, writers) {
  const tag = `压测数据 ${new Date().toISOString().slice(0, 19)}`;
  const create = async (mutation, input, fields = 'id') =>
    (
      await must(
        url,
        token,
        `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${fields} } }`,
        { input },
      )
    )[mutation];
  const division = async (level, parentId, name) => (await create('createDivision', { name: `${name}（${tag}）`, level, parentId })).id;
  const province = await division('PROVINCE', null, '压测省');
  const county = await division('COUNTY', await division('CITY', province, '压测市'), '压测县');
  const towns = [await division('TOWN', county, '压测甲镇'), await division('TOWN', county, '压测乙镇')];
  const villages = [];
  for (let i = 0; i < VILLAGES; i++) villages.push(await division('VILLAGE', towns[i % 2], `压测${i + 1}村`));
  const enterprise = (await create('createEnterprise', { name: `压测企业（${tag}）`, industry: '葡萄种植' })).id;
  const broker = (await create('createMember', { name: `压测委员甲（${tag}）`, enterpriseIds: [enterprise] })).id;
  const leader = (await create('createMember', { name: `压测委员乙（${tag}）` })).id;
  const base = (name, villageId) =>
    create('createBase', { name: `${name}（${tag}）`, villageId, areaMu: '120.5', industry: '葡萄种植', operatorId: enterprise });
  const matchBase = (await base('压测共耕基地', villages[0])).id;
  const matchInput = {
    enterpriseId: enterprise,
    villageId: villages[0],
    baseId: matchBase,
    brokerIds: [broker],
    status: 'OPERATING',
    signedOn: '2023-03-01',
    investmentYuan: '1000000',
  };
  const match = (await create('createMatch', matchInput)).id;
  const team = (await create('createServiceTeam', { name: `压测科技服务团（${tag}）`, leaderId: leader, memberIds: [broker] })).id;
  // A few yearly figures of the match, so that its impact and the town report have something to add up.
  const records = [];
  for (let year = 2020; year <= 2024; year++) {
    const input = {
      period: String(year),
      baseId: matchBase,
      matchId: match,
      householdRentYuan: '200000',
      jobsPersonTimes: '8200',
      outputValueYuan: '500000.5',
      source: tag,
    };
    records.push(await create('recordOutcome', input, 'id outputValueYuan'));
  }
  const writerBases = [];
  for (let i = 0; i < writers; i++) writerBases.push((await base(`压测基地${i + 1}`, villages[i % VILLAGES])).id);
  return { tag, county, towns, villages, enterprise, match, team, bases: [matchBase, ...writerBases], writerBases, records };
}
