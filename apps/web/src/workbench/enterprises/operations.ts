import { graphql } from '../../generated';

export const EnterprisesListQuery = graphql(`
  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {
    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {
      totalItems
      items {
        id
        name
        creditCode
        industry
      }
    }
  }
`);

export const EnterpriseQuery = graphql(`
  query ConsoleEnterprise($id: ID!) {
    enterprise(id: $id) {
      id
      version
      name
      creditCode
      industry
    }
  }
`);

export const CreateEnterpriseMutation = graphql(`
  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) {
      id
    }
  }
`);

export const UpdateEnterpriseMutation = graphql(`
  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {
    updateEnterprise(input: $input) {
      id
      version
    }
  }
`);

export const DeleteEnterpriseMutation = graphql(`
  mutation ConsoleDeleteEnterprise($id: ID!) {
    deleteEnterprise(id: $id)
  }
`);
