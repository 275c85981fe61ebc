// After the run: every acknowledged id is read back through the lists, page by page; one that is
// missing is a lost write, an outcome record whose figure is not the last acknowledged one a lost update.
import { must } from './client.mjs';

const PAGE = 100;

export async function readBack(url, token, world, registry) {
  const inCounty = { divisionId: world.county };
  const bases = await everything(url, token, 'bases', 'BaseFilter', inCounty, 'id');
  const records = await everything(url, token, 'outcomeRecords', 'ImpactFilter', inCounty, 'id outputValueYuan');
  const activities = await everything(url, token, 'serviceActivities', 'ServiceActivityFilter', { teamId: world.team }, 'id');
  const stored = new Map(records.map((r) => [r.id, r.outputValueYuan]));
  const missing = {
    bases: absent(registry.bases, new Set(bases.map((b) => b.id))),
    outcomeRecords: absent(registry.records.keys(), stored),
    serviceActivities: absent(registry.activities, new Set(activities.map((a) => a.id))),
  };
  const staleFigures = [...registry.records]
    .filter(([id, r]) => stored.has(id) && r.value !== undefined && Number(stored.get(id)) !== Number(r.value))
    .map(([id]) => id);
  return {
    acknowledged: { bases: registry.bases.size, outcomeRecords: registry.records.size, serviceActivities: registry.activities.size },
    stored: { bases: bases.length, outcomeRecords: records.length, serviceActivities: activities.length },
    lostWrites: Object.values(missing).reduce((sum, ids) => sum + ids.length, 0) + staleFigures.length,
    missing,
    staleFigures,
  };
}

async function everything(url, token, list, filterType, filter, fields) {
  const query = `query($f: ${filterType}, $skip: Int!) { ${list}(filter: $f, skip: $skip, take: ${PAGE}) { items { ${fields} } totalItems } }`;
  const items = [];
  for (;;) {
    const page = (await must(url, token, query, { f: filter, skip: items.length }))[list];
    items.push(...page.items);
    if (page.items.length < PAGE) return items;
  }
}

const absent = (ids, present) => [...ids].filter((id) => !present.has(id));
