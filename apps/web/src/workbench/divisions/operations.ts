import { graphql } from '../../generated';

export const DivisionsListQuery = graphql(`
  query ConsoleDivisionsList($level: DivisionLevel, $parentId: ID, $skip: Int!, $take: Int!) {
    divisions(level: $level, parentId: $parentId, skip: $skip, take: $take) {
      totalItems
      items {
        id
        name
        level
        code
        parent {
          id
          name
        }
      }
    }
  }
`);

export const DivisionQuery = graphql(`
  query ConsoleDivision($id: ID!) {
    division(id: $id) {
      id
      version
      name
      level
      code
      parentId
    }
  }
`);

export const CreateDivisionMutation = graphql(`
  mutation ConsoleCreateDivision($input: CreateDivisionInput!) {
    createDivision(input: $input) {
      id
    }
  }
`);

export const UpdateDivisionMutation = graphql(`
  mutation ConsoleUpdateDivision($input: UpdateDivisionInput!) {
    updateDivision(input: $input) {
      id
      version
    }
  }
`);

export const DeleteDivisionMutation = graphql(`
  mutation ConsoleDeleteDivision($id: ID!) {
    deleteDivision(id: $id)
  }
`);
