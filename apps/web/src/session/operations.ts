import { graphql } from '../generated';

export const LoginMutation = graphql(`
  mutation ConsoleLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
    }
  }
`);

export const WhoAmIQuery = graphql(`
  query ConsoleWhoAmI {
    whoAmI {
      id
      name
      role
      division {
        id
        name
        level
      }
      committeePost {
        kind
        handlingUnit {
          id
          name
        }
        member {
          id
          name
        }
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation ConsoleLogout {
    logout
  }
`);
