import { graphql } from '../../generated';

export const MembersListQuery = graphql(`
  query ConsoleMembersList($search: String, $skip: Int!, $take: Int!) {
    members(search: $search, skip: $skip, take: $take) {
      totalItems
      items {
        id
        name
        sector
        title
        enterprises {
          id
          name
        }
      }
    }
  }
`);

export const MemberQuery = graphql(`
  query ConsoleMember($id: ID!) {
    member(id: $id) {
      id
      version
      name
      sector
      title
      enterprises {
        id
        name
      }
    }
  }
`);

export const CreateMemberMutation = graphql(`
  mutation ConsoleCreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation ConsoleUpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      version
    }
  }
`);

export const DeleteMemberMutation = graphql(`
  mutation ConsoleDeleteMember($id: ID!) {
    deleteMember(id: $id)
  }
`);
