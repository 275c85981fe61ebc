import { graphql } from '../../generated';

export const BasesListQuery = graphql(`
  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {
    bases(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        name
        areaMu
        industry
        operatingModel
        village {
          id
          name
        }
        town {
          id
          name
        }
        operator {
          id
          name
        }
      }
    }
  }
`);

export const BaseQuery = graphql(`
  query ConsoleBase($id: ID!) {
    base(id: $id) {
      id
      version
      name
      villageId
      areaMu
      industry
      operatingModel
      operator {
        id
        name
      }
    }
  }
`);

export const CreateBaseMutation = graphql(`
  mutation ConsoleCreateBase($input: CreateBaseInput!) {
    createBase(input: $input) {
      id
    }
  }
`);

export const UpdateBaseMutation = graphql(`
  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {
    updateBase(input: $input) {
      id
      version
    }
  }
`);

export const DeleteBaseMutation = graphql(`
  mutation ConsoleDeleteBase($id: ID!) {
    deleteBase(id: $id)
  }
`);
