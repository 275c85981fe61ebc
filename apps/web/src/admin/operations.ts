import { graphql } from '../generated';

export const UsersQuery = graphql(`
  query ConsoleUsers($skip: Int!, $take: Int!) {
    users(skip: $skip, take: $take) {
      totalItems
      items {
        id
        username
        role
        divisionId
        version
        createdAt
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
  }
`);

export const CreateUserMutation = graphql(`
  mutation ConsoleCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation ConsoleUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      role
      divisionId
      version
    }
  }
`);

export const DeleteUserMutation = graphql(`
  mutation ConsoleDeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);

export const DivisionNameQuery = graphql(`
  query ConsoleDivisionName($id: ID!) {
    division(id: $id) {
      id
      name
      level
    }
  }
`);

export const ApiKeysQuery = graphql(`
  query ConsoleApiKeys($skip: Int!, $take: Int!) {
    apiKeys(skip: $skip, take: $take) {
      totalItems
      items {
        id
        name
        role
        createdAt
        lastUsedAt
        revokedAt
        division {
          id
          name
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation ConsoleRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id)
  }
`);

export const SetCommitteePostMutation = graphql(`
  mutation ConsoleSetCommitteePost($input: SetCommitteePostInput!) {
    setCommitteePost(input: $input) {
      id
    }
  }
`);

export const RemoveCommitteePostMutation = graphql(`
  mutation ConsoleRemoveCommitteePost($userId: ID!) {
    removeCommitteePost(userId: $userId) {
      id
    }
  }
`);
