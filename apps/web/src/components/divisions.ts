import { graphql } from '../generated';

export const LEVEL_ORDER = ['PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE'] as const;
export type Level = (typeof LEVEL_ORDER)[number];

/** The top divisions an unlimited caller starts from: the highest level the database holds. */
export const TopDivisionsQuery = graphql(`
  query ConsoleTopDivisions {
    provinces: divisions(level: PROVINCE, take: 100) {
      items {
        id
        name
        level
      }
    }
    cities: divisions(level: CITY, take: 100) {
      items {
        id
        name
        level
      }
    }
    counties: divisions(level: COUNTY, take: 100) {
      items {
        id
        name
        level
      }
    }
  }
`);

export const DivisionChildrenQuery = graphql(`
  query ConsoleDivisionChildren($id: ID!) {
    division(id: $id) {
      id
      children {
        id
        name
        level
      }
    }
  }
`);

/** A division and its ancestors (the deepest tree is five levels), for breadcrumbs and pickers. */
export const DivisionPathQuery = graphql(`
  query ConsoleDivisionPath($id: ID!) {
    division(id: $id) {
      id
      name
      level
      parent {
        id
        name
        level
        parent {
          id
          name
          level
          parent {
            id
            name
            level
            parent {
              id
              name
              level
            }
          }
        }
      }
    }
  }
`);

export interface DivisionNode {
  id: string;
  name: string;
  level: string;
  parent?: DivisionNode | null;
}

/** Root first: [county, town, village] for a village. */
export function pathOf(division: DivisionNode | null | undefined): DivisionNode[] {
  const path: DivisionNode[] = [];
  for (let at = division; at; at = at.parent) path.unshift({ id: at.id, name: at.name, level: at.level });
  return path;
}
