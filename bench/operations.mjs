// The benchmark's operations: GraphQL documents, their variables and the check every response
// must pass. Ids come from the data (see `pickIds`).

const FIGURES = `areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited
  towns villages bases enterprises matches serviceActivities farmersTrained records atLeast`;
const FIGURE_FIELDS = FIGURES.split(/\s+/);
const REPORT = `query($filter: ImpactFilter, $groupBy: ImpactGrouping, $top: Int, $topBy: ImpactRanking) {
  impactSummary(filter: $filter, groupBy: $groupBy, top: $top, topBy: $topBy) {
    totals { ${FIGURES} } groups { key label figures { ${FIGURES} } } groupCount groupsOverlap excludedRecords
  }
}`;

/** W1's records say what they are, so a run (or an interrupted one) can remove them. */
export const BENCH_SOURCE = 'bench W1: synthetic benchmark write, deleted after the run';

export function operations(ids, writes) {
  const report = (name, description, filter, groupBy, readOut = (data) => data.impactSummary.groups.length, ranked = {}) => ({
    name,
    description,
    kind: 'report',
    request: () => ({ query: REPORT, variables: { filter, groupBy, ...ranked } }),
    // R5 asks the server for the top 20 groups; the others report how many groups came back.
    check: (data) => checkReport(data.impactSummary, groupBy) ?? readOut(data),
  });
  return [
    report(
      'R1',
      'province totals 2018–2022',
      { divisionId: ids.province, from: '2018', to: '2022' },
      null,
      (data) => data.impactSummary.totals.records,
    ),
    report('R2', 'by town, 2024', { divisionId: ids.province, from: '2024', to: '2024' }, 'TOWN'),
    report('R3', 'a county by quarter, 2024', { divisionId: ids.county, from: '2024', to: '2024' }, 'QUARTER'),
    report('R4', 'the villages of a hot town', { divisionId: ids.hotTown }, 'VILLAGE'),
    report(
      'R5',
      'top 20 enterprises of a county by output value (ranked by the server: top 20, topBy OUTPUT_VALUE_YUAN)',
      { divisionId: ids.county },
      'ENTERPRISE',
      (data) => (isTopByOutput(data.impactSummary.groups, 20) ? data.impactSummary.groupCount : 'groups not the top 20 by output value'),
      { top: 20, topBy: 'OUTPUT_VALUE_YUAN' },
    ),
    {
      name: 'R6',
      description: '100 matches with impact and summaryText',
      kind: 'list',
      request: () => ({ query: `{ matches(take: 100) { items { id impact { ${FIGURES} } summaryText } } }` }),
      check: (data) => {
        const items = data.matches?.items;
        if (!Array.isArray(items) || items.length === 0) return 'no matches';
        for (const item of items) {
          if (typeof item.id !== 'string' || typeof item.summaryText !== 'string' || !item.summaryText)
            return `match ${item.id}: no summaryText`;
          const problem = checkFigures(item.impact);
          if (problem) return `match ${item.id}: ${problem}`;
        }
        return items.length;
      },
    },
    {
      name: 'C1',
      description: '100 bases of a county with village, town and operator',
      kind: 'list',
      request: () => ({
        query: `query($d: ID!) { bases(take: 100, filter: { divisionId: $d }) { items { id name village { name } town { name } operator { name } } } }`,
        variables: { d: ids.county },
      }),
      check: (data) => {
        const items = data.bases?.items;
        if (!Array.isArray(items) || items.length === 0) return 'no bases';
        for (const item of items) {
          if (typeof item.name !== 'string' || typeof item.village?.name !== 'string') return `base ${item.id}: no name or village`;
          if (item.town !== null && typeof item.town?.name !== 'string') return `base ${item.id}: bad town`;
          if (item.operator !== null && typeof item.operator?.name !== 'string') return `base ${item.id}: bad operator`;
        }
        return items.length;
      },
    },
    {
      name: 'W1',
      description: 'recordOutcome of a new record (a free month of a base)',
      kind: 'write',
      request: () => {
        const { baseId, period } = writes.next();
        const input = {
          period,
          baseId,
          areaMu: '12.34',
          outputValueYuan: '56789.12',
          householdRentYuan: '3456.78',
          atLeast: false,
          source: BENCH_SOURCE,
        };
        return { query: `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id period } }`, variables: { input } };
      },
      check: (data, request) => {
        const record = data.recordOutcome;
        if (typeof record?.id !== 'string' || record.period !== request.variables.input.period) return 'record not returned';
        return 1;
      },
    },
  ];
}

/** Undefined when a report has the expected shape, else what is wrong. */
function checkReport(report, groupBy) {
  if (!report || typeof report.excludedRecords !== 'number' || typeof report.groupsOverlap !== 'boolean') return 'no report';
  const problem = checkFigures(report.totals);
  if (problem) return `totals: ${problem}`;
  if (!Array.isArray(report.groups) || (groupBy ? report.groups.length === 0 : report.groups.length > 0)) return 'unexpected groups';
  for (const group of report.groups) {
    if (typeof group.label !== 'string') return 'group without label';
    const groupProblem = checkFigures(group.figures);
    if (groupProblem) return `group ${group.key}: ${groupProblem}`;
  }
  return undefined;
}

function checkFigures(figures) {
  if (!figures) return 'no figures';
  for (const field of FIGURE_FIELDS) if (figures[field] === undefined || figures[field] === null) return `no ${field}`;
  return undefined;
}

/** The server's top N: at most N groups, largest output value first. */
function isTopByOutput(groups, count) {
  return (
    groups.length <= count &&
    groups.every((group, i) => i === 0 || Number(groups[i - 1].figures.outputValueYuan) >= Number(group.figures.outputValueYuan))
  );
}

/**
 * Real ids from the data: the (synthetic, when there is one) province; the town with the most
 * records (the data are skewed, so it is a hot one) and its county.
 */
export async function pickIds(dataSource) {
  const [province] = await dataSource.query(
    `SELECT id::text AS id, name FROM division WHERE level = 'PROVINCE' ORDER BY (name LIKE '合成%') DESC, id LIMIT 1`,
  );
  const [hotTown] = await dataSource.query(`
    SELECT t.id::text AS id, t.name, count(*)::int AS records
      FROM outcome_record r
      JOIN base b ON b.id = r.base_id
      JOIN division v ON v.id = b.village_id
      JOIN division t ON t.id = v.town_id
     GROUP BY t.id, t.name ORDER BY count(*) DESC, t.id LIMIT 1`);
  if (!province || !hotTown) throw new Error('the database holds no province or no records: fill it first (npm run db:synthetic)');
  const [county] = await dataSource.query(
    `SELECT c.id::text AS id, c.name FROM division t JOIN division c ON c.id = ANY(t.ancestor_ids) WHERE t.id = $1 AND c.level = 'COUNTY'`,
    [hotTown.id],
  );
  return {
    province: province.id,
    county: county.id,
    hotTown: hotTown.id,
    names: { province: province.name, county: county.name, hotTown: hotTown.name },
    hotTownRecords: hotTown.records,
  };
}

/**
 * Fresh (base, month) pairs for writes: months of 1950–1999, which the synthetic data never use,
 * of bases without any record before 2000, so every write makes a new series period.
 */
export async function freeWriteSlots(dataSource) {
  const bases = await dataSource.query(`
    SELECT b.id::text AS id FROM base b
     WHERE NOT EXISTS (SELECT 1 FROM outcome_record r WHERE r.base_id = b.id AND r.period_start < DATE '2000-01-01')
     ORDER BY b.id LIMIT 500`);
  if (bases.length === 0) throw new Error('no base is free for benchmark writes');
  let n = 0;
  return {
    next() {
      const slot = n++;
      const base = bases[slot % bases.length].id;
      const month = Math.floor(slot / bases.length);
      if (month >= 600) throw new Error('out of free periods for benchmark writes');
      const period = `${1950 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
      return { baseId: base, period };
    },
  };
}
