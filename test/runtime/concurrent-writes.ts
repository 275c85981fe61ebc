import { GraphqlClient, type GraphqlError } from '../support/graphql-client.js';

/**
 * Concurrent writers for the crash tests (the API process or the database server killed in the
 * middle): each client repeats, on its own base, createEnterprise (a match's natural key is its
 * enterprise, village and base, so each round needs a new enterprise), createMatch with several
 * brokers (a match row plus one row per broker, one transaction) and recordOutcome for it — and
 * keeps the ids the API acknowledged. Afterwards every acknowledged id must be there, and no
 * match may have lost brokers: a use case is all or nothing.
 */

export const BROKERS_PER_MATCH = 3;

/** What the writers need: one enterprise, the brokers, and one village with a base per client. */
export interface WriteWorld {
  /** The town every village lies in: the read-back lists everything under it. */
  townId: string;
  enterpriseId: string;
  brokerIds: string[];
  places: { villageId: string; baseId: string }[];
}

/** Builds the world through the API (so it is committed before the writers start). */
export async function buildWriteWorld(admin: GraphqlClient, clients: number): Promise<WriteWorld> {
  const division = async (name: string, level: string, parentId?: string): Promise<string> =>
    (
      await admin.ok(`mutation($input: CreateDivisionInput!) { createDivision(input: $input) { id } }`, {
        input: { name, level, parentId },
      })
    ).createDivision.id;
  const province = await division('故障测试省', 'PROVINCE');
  const city = await division('故障测试市', 'CITY', province);
  const county = await division('故障测试县', 'COUNTY', city);
  const town = await division('故障测试镇', 'TOWN', county);
  const { createEnterprise } = await admin.ok(`mutation { createEnterprise(input: { name: "故障测试企业" }) { id } }`);
  const brokerIds: string[] = [];
  for (let index = 1; index <= BROKERS_PER_MATCH; index += 1) {
    const { createMember } = await admin.ok(`mutation($name: String!) { createMember(input: { name: $name }) { id } }`, {
      name: `故障测试委员${index}`,
    });
    brokerIds.push(createMember.id);
  }
  const places: WriteWorld['places'] = [];
  for (let index = 1; index <= clients; index += 1) {
    const villageId = await division(`故障测试${index}村`, 'VILLAGE', town);
    const { createBase } = await admin.ok(`mutation($input: CreateBaseInput!) { createBase(input: $input) { id } }`, {
      input: { name: `故障测试${index}号基地`, villageId, operatorId: createEnterprise.id },
    });
    places.push({ villageId, baseId: createBase.id });
  }
  return { townId: town, enterpriseId: createEnterprise.id, brokerIds, places };
}

/** A failed write: the GraphQL error the API answered, or the transport failure (process gone). */
export type WriteFailure = { kind: 'graphql'; error: GraphqlError } | { kind: 'transport'; message: string };

export interface ConcurrentWrites {
  readonly matchIds: string[];
  readonly outcomeIds: string[];
  readonly failures: WriteFailure[];
  /** Acknowledged writes so far (matches and outcome records). */
  acknowledged(): number;
  /** Resolves once at least `count` writes were acknowledged. */
  untilAcknowledged(count: number): Promise<void>;
  /** No new writes after this; resolves when the ones in flight have answered. */
  halt(): Promise<void>;
}

const CREATE_ENTERPRISE = `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`;
const CREATE_MATCH = `mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }`;
const RECORD_OUTCOME = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;

/** Starts one writer per place; each stops at `halt()` or at its first failure. */
export function startConcurrentWrites(url: string, token: string, world: WriteWorld): ConcurrentWrites {
  const client = new GraphqlClient(url, token);
  const matchIds: string[] = [];
  const outcomeIds: string[] = [];
  const failures: WriteFailure[] = [];
  let halted = false;
  const waiters: { count: number; done: () => void }[] = [];
  const acknowledged = () => matchIds.length + outcomeIds.length;
  const acknowledge = (ids: string[], id: string) => {
    ids.push(id);
    for (const waiter of waiters.filter((candidate) => acknowledged() >= candidate.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.done();
    }
  };

  /** One write; its id when acknowledged, null when it failed (the failure is kept). */
  async function write(query: string, input: Record<string, unknown>): Promise<string | null> {
    try {
      const answer = await client.request<Record<string, { id: string }>>(query, { input });
      if (answer.errors?.length) {
        failures.push({ kind: 'graphql', error: answer.errors[0] });
        return null;
      }
      return Object.values(answer.data ?? {})[0]?.id ?? null;
    } catch (error) {
      failures.push({ kind: 'transport', message: String(error) });
      return null;
    }
  }

  async function writer(place: WriteWorld['places'][number], index: number): Promise<void> {
    for (let round = 1; !halted; round += 1) {
      // One match per enterprise, village and base (the natural key): each round brings a new enterprise.
      const enterpriseId = await write(CREATE_ENTERPRISE, { name: `故障测试企业${index + 1}-${round}` });
      if (enterpriseId === null) return;
      const matchId = await write(CREATE_MATCH, {
        enterpriseId,
        villageId: place.villageId,
        baseId: place.baseId,
        brokerIds: world.brokerIds,
        status: 'OPERATING',
      });
      if (matchId === null) return;
      acknowledge(matchIds, matchId);
      // Each match is a series of its own, so one period never collides.
      const outcomeId = await write(RECORD_OUTCOME, {
        period: '2024',
        baseId: place.baseId,
        matchId,
        jobsPersonTimes: '10',
        householdRentYuan: '1000.50',
      });
      if (outcomeId === null) return;
      acknowledge(outcomeIds, outcomeId);
    }
  }

  const running = Promise.all(world.places.map((place, index) => writer(place, index)));
  return {
    matchIds,
    outcomeIds,
    failures,
    acknowledged,
    untilAcknowledged: (count) => (acknowledged() >= count ? Promise.resolve() : new Promise((done) => waiters.push({ count, done }))),
    async halt() {
      halted = true;
      await running;
    },
  };
}

/** What the database holds of the writes, read back through the API. */
export interface WritesReadBack {
  /** Acknowledged matches that are missing. */
  lostMatches: string[];
  /** Acknowledged outcome records that are missing. */
  lostOutcomes: string[];
  /** Matches (acknowledged or not) without all their brokers: a half-done use case. */
  partialMatches: string[];
  /** Every match there is under the test's places. */
  matchesStored: number;
}

export async function readBackWrites(client: GraphqlClient, writes: ConcurrentWrites, world: WriteWorld): Promise<WritesReadBack> {
  const matches = await everyItem<{ id: string; brokers: unknown[] }>(client, 'matches', 'MatchFilter', 'id brokers { id }', world.townId);
  const outcomes = new Set(
    (await everyItem<{ id: string }>(client, 'outcomeRecords', 'ImpactFilter', 'id', world.townId)).map((record) => record.id),
  );
  const brokers = new Map(matches.map((match) => [match.id, match.brokers.length]));
  return {
    lostMatches: writes.matchIds.filter((id) => !brokers.has(id)),
    lostOutcomes: writes.outcomeIds.filter((id) => !outcomes.has(id)),
    partialMatches: [...brokers].filter(([, count]) => count !== BROKERS_PER_MATCH).map(([id]) => id),
    matchesStored: brokers.size,
  };
}

/** Every item of a list under a division, page by page. */
async function everyItem<T>(client: GraphqlClient, list: string, filterType: string, fields: string, divisionId: string): Promise<T[]> {
  const items: T[] = [];
  for (let skip = 0; ; skip += 100) {
    const data = await client.ok(
      `query($filter: ${filterType}, $skip: Int) { ${list}(filter: $filter, skip: $skip, take: 100) { items { ${fields} } totalItems } }`,
      { filter: { divisionId }, skip },
    );
    items.push(...(data[list].items as T[]));
    if (skip + 100 >= data[list].totalItems) return items;
  }
}
