import { graphql } from '../generated';

/**
 * The cards' figures: the totals alone, the cheapest report of the filter, asked first so the
 * figures show before the breakdown, the trend and the sentences are read (each a report of its
 * own at a million records).
 */
export const DashboardTotalsQuery = graphql(`
  query ConsoleDashboardTotals($filter: ImpactFilter!) {
    impactSummary(filter: $filter) {
      excludedRecords
      totals {
        ...ConsoleDashboardFigureValues
      }
    }
  }
`);

/** The breakdown one level down and the yearly trend, asked once the cards show. */
export const DashboardBreakdownQuery = graphql(`
  query ConsoleDashboardBreakdown($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {
    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {
      groups {
        key
        label
        figures {
          ...ConsoleDashboardFigureValues
        }
      }
    }
    years: impactSummary(filter: $filter, groupBy: YEAR) {
      groups {
        key
        label
        figures {
          ...ConsoleDashboardFigureValues
        }
      }
    }
  }
`);

export const DashboardFigureValuesFragment = graphql(`
  fragment ConsoleDashboardFigureValues on ImpactFigures {
    householdRentYuan
    jobsPersonTimes
    collectiveIncomeYuan
    areaMu
    outputValueYuan
    householdsBenefited
    atLeast
    towns
    villages
    bases
    enterprises
    matches
    serviceActivities
    farmersTrained
    records
    unapprovedRecords
  }
`);

/**
 * The sentences a leader can quote for the place: each match's there (as the impact report file
 * lists them) and each team's with figures in the filter.
 */
export const DashboardSentencesQuery = graphql(`
  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {
    matches(filter: $matches, take: 100) {
      totalItems
      items {
        id
        summaryText(includeUnapproved: $includeUnapproved)
      }
    }
    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {
      groups {
        key
      }
    }
    serviceTeams(take: 100) {
      items {
        id
        summaryText(includeUnapproved: $includeUnapproved)
      }
    }
  }
`);
