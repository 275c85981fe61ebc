import { graphql } from '../../generated';

export const ActivitiesListQuery = graphql(`
  query ConsoleServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int!, $take: Int!) {
    serviceActivities(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        date
        topic
        farmersTrained
        areaCoveredMu
        team {
          id
          name
        }
        base {
          id
          name
          village {
            id
            name
          }
        }
      }
    }
  }
`);

export const ActivityQuery = graphql(`
  query ConsoleServiceActivity($id: ID!) {
    serviceActivity(id: $id) {
      id
      version
      date
      topic
      farmersTrained
      areaCoveredMu
      team {
        id
        name
      }
      base {
        id
        name
      }
    }
  }
`);

export const RecordActivityMutation = graphql(`
  mutation ConsoleRecordServiceActivity($input: RecordServiceActivityInput!) {
    recordServiceActivity(input: $input) {
      id
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation ConsoleUpdateServiceActivity($input: UpdateServiceActivityInput!) {
    updateServiceActivity(input: $input) {
      id
      version
    }
  }
`);

export const DeleteActivityMutation = graphql(`
  mutation ConsoleDeleteServiceActivity($id: ID!) {
    deleteServiceActivity(id: $id)
  }
`);
