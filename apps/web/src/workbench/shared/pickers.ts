import type { Client } from '@urql/vue';

import { graphql } from '../../generated';

/** One choice of a relation picker: the record's id and how the clerk recognises it. */
export interface Choice {
  id: string;
  label: string;
}

/** The kinds of record a form picks by searching the API (`unit`: a handling unit, 承办单位). */
export type PickerKind = 'enterprise' | 'member' | 'base' | 'team' | 'match' | 'unit';

const PICKER_SIZE = 20;

const EnterpriseChoices = graphql(`
  query ConsoleEnterpriseChoices($search: String, $take: Int!) {
    enterprises(search: $search, take: $take) {
      items {
        id
        name
      }
    }
  }
`);

const MemberChoices = graphql(`
  query ConsoleMemberChoices($search: String, $take: Int!) {
    members(search: $search, take: $take) {
      items {
        id
        name
        sector
      }
    }
  }
`);

const UnitChoices = graphql(`
  query ConsoleUnitChoices($search: String, $take: Int!) {
    handlingUnits(search: $search, take: $take) {
      items {
        id
        name
      }
    }
  }
`);

const BaseChoices = graphql(`
  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {
    bases(filter: $filter, take: $take) {
      items {
        id
        name
        village {
          id
          name
        }
      }
    }
  }
`);

// serviceTeams and matches take no name search: a picker reads the first 100 (a county has a
// handful of teams; matches are narrowed by place) and narrows them by what was typed.
const TeamChoices = graphql(`
  query ConsoleTeamChoices {
    serviceTeams(take: 100) {
      items {
        id
        name
      }
    }
  }
`);

const MatchChoices = graphql(`
  query ConsoleMatchChoices($filter: MatchFilter) {
    matches(filter: $filter, take: 100) {
      items {
        id
        enterprise {
          id
          name
        }
        village {
          id
          name
        }
      }
    }
  }
`);

/** The choices for `text` typed into a picker; `divisionId` limits bases and matches to a place. */
export async function searchChoices(client: Client, kind: PickerKind, text: string, divisionId?: string | null): Promise<Choice[]> {
  const search = text.trim() || undefined;
  const place = divisionId ?? undefined;
  switch (kind) {
    case 'enterprise': {
      const { data } = await client.query(EnterpriseChoices, { search, take: PICKER_SIZE }).toPromise();
      return (data?.enterprises.items ?? []).map(({ id, name }) => ({ id, label: name }));
    }
    case 'member': {
      const { data } = await client.query(MemberChoices, { search, take: PICKER_SIZE }).toPromise();
      return (data?.members.items ?? []).map(({ id, name, sector }) => ({ id, label: sector ? `${name}（${sector}）` : name }));
    }
    case 'unit': {
      const { data } = await client.query(UnitChoices, { search, take: PICKER_SIZE }).toPromise();
      return (data?.handlingUnits.items ?? []).map(({ id, name }) => ({ id, label: name }));
    }
    case 'base': {
      const { data } = await client.query(BaseChoices, { filter: { search, divisionId: place }, take: PICKER_SIZE }).toPromise();
      return (data?.bases.items ?? []).map((base) => ({ id: base.id, label: `${base.name}（${base.village.name}）` }));
    }
    case 'team': {
      const { data } = await client.query(TeamChoices, {}).toPromise();
      return narrow(
        (data?.serviceTeams.items ?? []).map(({ id, name }) => ({ id, label: name })),
        search,
      );
    }
    case 'match': {
      const { data } = await client.query(MatchChoices, { filter: { divisionId: place } }).toPromise();
      const choices = (data?.matches.items ?? []).map((match) => ({ id: match.id, label: matchLabel(match) }));
      return narrow(choices, search);
    }
  }
}

/** How a match is named in pickers and lists: 企业 — 村. */
export function matchLabel(match: { enterprise: { name: string }; village: { name: string } }): string {
  return `${match.enterprise.name} — ${match.village.name}`;
}

function narrow(choices: Choice[], search: string | undefined): Choice[] {
  return search ? choices.filter((choice) => choice.label.includes(search)) : choices;
}

/** Records read with a form (a base's operator, a member's enterprises) as picker choices. */
export function choicesOf(records: Array<{ id: string; name: string }>): Choice[] {
  return records.map(({ id, name }) => ({ id, label: name }));
}

/** Related records' names in a table cell. */
export function names(records: Array<{ name: string }>): string {
  return records.map((record) => record.name).join('、') || '—';
}
