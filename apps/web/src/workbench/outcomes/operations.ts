import { graphql } from '../../generated';

export const OutcomesListQuery = graphql(`
  query ConsoleOutcomeRecordsList($filter: ImpactFilter, $skip: Int!, $take: Int!) {
    outcomeRecords(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        period
        status
        statusReason
        areaMu
        outputValueYuan
        jobsPersonTimes
        householdRentYuan
        collectiveIncomeYuan
        householdsBenefited
        atLeast
        source
        base {
          id
          name
        }
        division {
          id
          name
        }
      }
    }
  }
`);

export const OutcomeQuery = graphql(`
  query ConsoleOutcomeRecord($id: ID!) {
    outcomeRecord(id: $id) {
      id
      version
      period
      areaMu
      outputValueYuan
      jobsPersonTimes
      householdRentYuan
      collectiveIncomeYuan
      householdsBenefited
      atLeast
      source
      divisionId
      base {
        id
        name
      }
      match {
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
      team {
        id
        name
      }
    }
  }
`);

export const RecordOutcomeMutation = graphql(`
  mutation ConsoleRecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);

export const UpdateOutcomeMutation = graphql(`
  mutation ConsoleUpdateOutcomeRecord($input: UpdateOutcomeRecordInput!) {
    updateOutcomeRecord(input: $input) {
      id
      version
    }
  }
`);

export const DeleteOutcomeMutation = graphql(`
  mutation ConsoleDeleteOutcomeRecord($id: ID!) {
    deleteOutcomeRecord(id: $id)
  }
`);
