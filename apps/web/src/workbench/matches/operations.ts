import { graphql } from '../../generated';

export const MatchesListQuery = graphql(`
  query ConsoleMatchesList($filter: MatchFilter, $skip: Int!, $take: Int!) {
    matches(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        status
        signedOn
        investmentYuan
        enterprise {
          id
          name
        }
        village {
          id
          name
        }
        town {
          id
          name
        }
        base {
          id
          name
        }
        brokers {
          id
          name
        }
      }
    }
  }
`);

export const MatchQuery = graphql(`
  query ConsoleMatch($id: ID!) {
    match(id: $id) {
      id
      version
      status
      signedOn
      investmentYuan
      villageId
      enterprise {
        id
        name
      }
      base {
        id
        name
      }
      brokers {
        id
        name
      }
    }
  }
`);

export const CreateMatchMutation = graphql(`
  mutation ConsoleCreateMatch($input: CreateMatchInput!) {
    createMatch(input: $input) {
      id
    }
  }
`);

export const UpdateMatchMutation = graphql(`
  mutation ConsoleUpdateMatch($input: UpdateMatchInput!) {
    updateMatch(input: $input) {
      id
      version
    }
  }
`);

export const DeleteMatchMutation = graphql(`
  mutation ConsoleDeleteMatch($id: ID!) {
    deleteMatch(id: $id)
  }
`);
