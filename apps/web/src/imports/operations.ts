import { graphql } from '../generated';

graphql(`
  fragment ConsoleImportProblem on ImportProblem {
    sheet
    row
    column
    code
    message
  }
`);

export const UndoImportMutation = graphql(`
  mutation ConsoleUndoImport($id: ID!) {
    undoSpreadsheetImport(id: $id) {
      id
      status
      undoneAt
      undoneBy
    }
  }
`);

export const ImportHistoryQuery = graphql(`
  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {
    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {
      totalItems
      items {
        id
        kind
        dryRun
        submit
        status
        fileName
        bytes
        rows
        created
        updated
        unchanged
        errorCount
        actorName
        startedAt
        finishedAt
        undoneAt
        undoneBy
        progress {
          bytes
          bytesRead
          rowsRead
          phase
        }
      }
    }
  }
`);

export const ImportProblemsQuery = graphql(`
  query ConsoleImportProblems($id: ID!) {
    spreadsheetImport(id: $id) {
      id
      errorCount
      errors {
        ...ConsoleImportProblem
      }
    }
  }
`);
