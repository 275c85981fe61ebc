import { graphql } from '../generated';

export const AuditLogQuery = graphql(`
  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {
    auditLog(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        at
        action
        entityType
        entityId
        importId
        before
        after
        actor {
          kind
          id
          name
        }
      }
    }
  }
`);
