import { graphql } from '../../generated';

export const SuggestionsListQuery = graphql(`
  query ConsoleSuggestionsList($filter: SuggestionFilter, $skip: Int!, $take: Int!) {
    suggestions(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        title
        kind
        status
        deadline
        daysLeft
        light
        keySupervision
        authors {
          id
          name
        }
        leadUnit {
          id
          name
        }
      }
    }
  }
`);

export const SuggestionQuery = graphql(`
  query ConsoleSuggestion($id: ID!) {
    suggestion(id: $id) {
      id
      version
      kind
      title
      topic
      content
      status
      round
      keySupervision
      divisionId
      division {
        id
        name
      }
      submittedOn
      filedOn
      assignedOn
      deadline
      daysLeft
      light
      closedOn
      declineReason
      createdAt
      authors {
        id
        name
      }
      divisions {
        id
        name
      }
      bases {
        id
        name
      }
      matches {
        id
        enterprise {
          id
          name
        }
        village {
          id
          name
        }
      }
      leadUnit {
        id
        name
      }
      assignments {
        id
        unitId
        unit {
          id
          name
        }
        role
        assignedOn
        endedOn
        returnReason
      }
      opinions {
        id
        round
        unit {
          id
          name
        }
        text
        sentOn
      }
      replies {
        id
        round
        unit {
          id
          name
        }
        result
        text
        repliedOn
        deadline
        late
        evaluation
        evaluationNote
        evaluatedOn
      }
      instructions {
        id
        leader
        text
        givenOn
      }
      supervisionNotes {
        id
        text
        notedOn
        recordedBy
      }
      steps {
        id
        action
        statusAfter
        actorName
        note
        at
      }
      source {
        id
        title
      }
      turnedInto {
        id
        title
      }
    }
  }
`);

export const CreateSuggestionMutation = graphql(`
  mutation ConsoleCreateSuggestion($input: CreateSuggestionInput!) {
    createSuggestion(input: $input) {
      id
    }
  }
`);

export const UpdateSuggestionMutation = graphql(`
  mutation ConsoleUpdateSuggestion($input: UpdateSuggestionInput!) {
    updateSuggestion(input: $input) {
      id
      version
    }
  }
`);

export const SubmitSuggestionMutation = graphql(`
  mutation ConsoleSubmitSuggestion($input: SuggestionStepInput!) {
    submitSuggestion(input: $input) {
      id
      status
    }
  }
`);

export const FileSuggestionMutation = graphql(`
  mutation ConsoleFileSuggestion($input: FileSuggestionInput!) {
    fileSuggestion(input: $input) {
      id
      status
    }
  }
`);

export const DeclineSuggestionMutation = graphql(`
  mutation ConsoleDeclineSuggestion($input: DeclineSuggestionInput!) {
    declineSuggestion(input: $input) {
      id
      status
    }
  }
`);

export const AssignSuggestionMutation = graphql(`
  mutation ConsoleAssignSuggestion($input: AssignSuggestionInput!) {
    assignSuggestion(input: $input) {
      id
      status
      deadline
    }
  }
`);

export const AddInstructionMutation = graphql(`
  mutation ConsoleAddSuggestionInstruction($input: AddSuggestionInstructionInput!) {
    addSuggestionInstruction(input: $input) {
      id
    }
  }
`);

export const AddSupervisionNoteMutation = graphql(`
  mutation ConsoleAddSupervisionNote($input: AddSupervisionNoteInput!) {
    addSupervisionNote(input: $input) {
      id
    }
  }
`);

export const MarkKeySupervisionMutation = graphql(`
  mutation ConsoleMarkKeySupervision($input: MarkKeySupervisionInput!) {
    markKeySupervision(input: $input) {
      id
      keySupervision
    }
  }
`);

export const CloseSuggestionMutation = graphql(`
  mutation ConsoleCloseSuggestion($input: SuggestionStepInput!) {
    closeSuggestion(input: $input) {
      id
      status
    }
  }
`);

export const SendCoUnitOpinionMutation = graphql(`
  mutation ConsoleSendCoUnitOpinion($input: SendCoUnitOpinionInput!) {
    sendCoUnitOpinion(input: $input) {
      id
    }
  }
`);

export const ReplyToSuggestionMutation = graphql(`
  mutation ConsoleReplyToSuggestion($input: ReplyToSuggestionInput!) {
    replyToSuggestion(input: $input) {
      id
      status
    }
  }
`);

export const ReturnAssignmentMutation = graphql(`
  mutation ConsoleReturnSuggestionAssignment($input: ReturnSuggestionAssignmentInput!) {
    returnSuggestionAssignment(input: $input) {
      id
      status
    }
  }
`);

export const EvaluateReplyMutation = graphql(`
  mutation ConsoleEvaluateSuggestionReply($input: EvaluateSuggestionReplyInput!) {
    evaluateSuggestionReply(input: $input) {
      id
      status
    }
  }
`);

export const DeleteSuggestionMutation = graphql(`
  mutation ConsoleDeleteSuggestion($id: ID!) {
    deleteSuggestion(id: $id)
  }
`);

export const SuggestionBoardQuery = graphql(`
  query ConsoleSuggestionBoard($filter: SuggestionBoardFilter, $figures: SuggestionFiguresFilter) {
    suggestionBoard(filter: $filter) {
      today
      year
      yellowDays
      items {
        id
        light
        daysLeft
        keySupervision
        unit {
          id
          name
        }
        suggestion {
          id
          title
          kind
          deadline
        }
      }
      units {
        unitId
        unit {
          id
          name
        }
        open
        red
        yellow
        replied
        repliedOnTime
        onTimeRate
        evaluated
        satisfied
        satisfactionRate
      }
    }
    suggestionFigures(filter: $figures) {
      submitted
      filed
      notFiled
      replied
      adopted
      instructed
      closed
      summaryText
    }
  }
`);

export const SuggestionInboxQuery = graphql(`
  query ConsoleSuggestionInbox {
    suggestions(filter: { status: ASSIGNED }, take: 100) {
      totalItems
      items {
        id
        title
        kind
        deadline
        daysLeft
        light
        keySupervision
        leadUnit {
          id
          name
        }
        assignments {
          id
          unitId
          role
          endedOn
        }
      }
    }
  }
`);

export const SuggestionSettingsQuery = graphql(`
  query ConsoleSuggestionSettings {
    suggestionSettings {
      version
      yellowDays
      returnDays
      defaultDeadlineAmount
      defaultDeadlineUnit
      updatedAt
    }
  }
`);

export const UpdateSuggestionSettingsMutation = graphql(`
  mutation ConsoleUpdateSuggestionSettings($input: UpdateSuggestionSettingsInput!) {
    updateSuggestionSettings(input: $input) {
      version
      yellowDays
      returnDays
      defaultDeadlineAmount
      defaultDeadlineUnit
      updatedAt
    }
  }
`);
