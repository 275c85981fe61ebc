import { graphql } from '../../generated';

export const TeamsListQuery = graphql(`
  query ConsoleServiceTeamsList($memberId: ID, $skip: Int!, $take: Int!) {
    serviceTeams(memberId: $memberId, skip: $skip, take: $take) {
      totalItems
      items {
        id
        name
        leader {
          id
          name
        }
        members {
          id
          name
        }
      }
    }
  }
`);

export const TeamQuery = graphql(`
  query ConsoleServiceTeam($id: ID!) {
    serviceTeam(id: $id) {
      id
      version
      name
      leader {
        id
        name
      }
      members {
        id
        name
      }
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation ConsoleCreateServiceTeam($input: CreateServiceTeamInput!) {
    createServiceTeam(input: $input) {
      id
    }
  }
`);

export const UpdateTeamMutation = graphql(`
  mutation ConsoleUpdateServiceTeam($input: UpdateServiceTeamInput!) {
    updateServiceTeam(input: $input) {
      id
      version
    }
  }
`);

export const DeleteTeamMutation = graphql(`
  mutation ConsoleDeleteServiceTeam($id: ID!) {
    deleteServiceTeam(id: $id)
  }
`);
