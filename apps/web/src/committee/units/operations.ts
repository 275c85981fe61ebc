import { graphql } from '../../generated';

export const HandlingUnitsListQuery = graphql(`
  query ConsoleHandlingUnitsList($search: String, $skip: Int!, $take: Int!) {
    handlingUnits(search: $search, skip: $skip, take: $take) {
      totalItems
      items {
        id
        name
        contact
      }
    }
  }
`);

export const HandlingUnitQuery = graphql(`
  query ConsoleHandlingUnit($id: ID!) {
    handlingUnit(id: $id) {
      id
      version
      name
      contact
    }
  }
`);

export const CreateHandlingUnitMutation = graphql(`
  mutation ConsoleCreateHandlingUnit($input: CreateHandlingUnitInput!) {
    createHandlingUnit(input: $input) {
      id
    }
  }
`);

export const UpdateHandlingUnitMutation = graphql(`
  mutation ConsoleUpdateHandlingUnit($input: UpdateHandlingUnitInput!) {
    updateHandlingUnit(input: $input) {
      id
      version
    }
  }
`);

export const DeleteHandlingUnitMutation = graphql(`
  mutation ConsoleDeleteHandlingUnit($id: ID!) {
    deleteHandlingUnit(id: $id)
  }
`);
