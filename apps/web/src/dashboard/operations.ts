import { graphql } from '../generated';

/**
 * The dashboard's figures: the totals and the breakdown one level down (the same statement, so
 * the table's rows add up to the cards), and the yearly trend for the same filter.
 */
export const DashboardFiguresQuery = graphql(`
  query ConsoleDashboardFigures($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {
    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {
      excludedRecords
      totals {
        ...ConsoleDashboardFigureValues
      }
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
