import { graphql } from '../generated';

graphql(`
  fragment ConsoleOutcomeWriter on OutcomeWriter {
    kind
    name
    isCaller
  }
`);

export const ApprovalQueueQuery = graphql(`
  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {
    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {
      totalItems
      items {
        id
        period
        status
        statusReason
        updatedAt
        outputValueYuan
        householdRentYuan
        jobsPersonTimes
        collectiveIncomeYuan
        base {
          id
          name
        }
        division {
          id
          name
        }
        recordedBy {
          ...ConsoleOutcomeWriter
        }
        changedBy {
          ...ConsoleOutcomeWriter
        }
      }
    }
  }
`);

export const SubmitOutcomesMutation = graphql(`
  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {
    submitOutcomes(ids: $ids) {
      id
      status
    }
  }
`);

export const ApproveOutcomesMutation = graphql(`
  mutation ConsoleApproveOutcomes($ids: [ID!]!) {
    approveOutcomes(ids: $ids) {
      id
      status
    }
  }
`);

export const ReturnOutcomesMutation = graphql(`
  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {
    returnOutcomes(ids: $ids, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);

export const ReopenOutcomesMutation = graphql(`
  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {
    reopenOutcomes(ids: $ids, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);
