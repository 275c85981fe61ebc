/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleUsers($skip: Int!, $take: Int!) {\n    users(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        username\n        role\n        divisionId\n        version\n        createdAt\n        committeePost {\n          kind\n          handlingUnit {\n            id\n            name\n          }\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleUsersDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      divisionId\n      version\n    }\n  }\n": typeof types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.ConsoleDeleteUserDocument,
    "\n  query ConsoleDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n    }\n  }\n": typeof types.ConsoleDivisionNameDocument,
    "\n  query ConsoleApiKeys($skip: Int!, $take: Int!) {\n    apiKeys(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleApiKeysDocument,
    "\n  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleCreateApiKeyDocument,
    "\n  mutation ConsoleRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.ConsoleRevokeApiKeyDocument,
    "\n  mutation ConsoleSetCommitteePost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleSetCommitteePostDocument,
    "\n  mutation ConsoleRemoveCommitteePost($userId: ID!) {\n    removeCommitteePost(userId: $userId) {\n      id\n    }\n  }\n": typeof types.ConsoleRemoveCommitteePostDocument,
    "\n  fragment ConsoleOutcomeWriter on OutcomeWriter {\n    kind\n    name\n    isCaller\n  }\n": typeof types.ConsoleOutcomeWriterFragmentDoc,
    "\n  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {\n    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        updatedAt\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n        recordedBy {\n          ...ConsoleOutcomeWriter\n        }\n        changedBy {\n          ...ConsoleOutcomeWriter\n        }\n      }\n    }\n  }\n": typeof types.ConsoleApprovalQueueDocument,
    "\n  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleSubmitOutcomesDocument,
    "\n  mutation ConsoleApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleApproveOutcomesDocument,
    "\n  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.ConsoleReturnOutcomesDocument,
    "\n  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.ConsoleReopenOutcomesDocument,
    "\n  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        importId\n        before\n        after\n        actor {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAuditLogDocument,
    "\n  query ConsoleDutyEventsList($filter: DutyEventFilter, $skip: Int!, $take: Int!) {\n    dutyEvents(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        title\n        heldOn\n        place\n        participants {\n          memberId\n          attendance\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDutyEventsListDocument,
    "\n  query ConsoleDutyEvent($id: ID!) {\n    dutyEvent(id: $id) {\n      id\n      version\n      divisionId\n      kind\n      title\n      topic\n      heldOn\n      place\n      participants {\n        memberId\n        attendance\n        speeches\n        writtenSpeeches\n        member {\n          id\n          name\n          sector\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDutyEventDocument,
    "\n  mutation ConsoleRecordDutyEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleRecordDutyEventDocument,
    "\n  mutation ConsoleUpdateDutyEvent($input: UpdateDutyEventInput!) {\n    updateDutyEvent(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateDutyEventDocument,
    "\n  mutation ConsoleDeleteDutyEvent($id: ID!) {\n    deleteDutyEvent(id: $id)\n  }\n": typeof types.ConsoleDeleteDutyEventDocument,
    "\n  query ConsoleDutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int!, $take: Int!) {\n    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {\n      year\n      totalItems\n      ruleSet {\n        year\n        saved\n        categories {\n          code\n          name\n          cap\n        }\n      }\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n          name\n          sector\n        }\n        categories {\n          code\n          counted\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDutyRankingDocument,
    "\n  query ConsoleMemberDutyFile($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      year\n      total\n      grade\n      basePoints\n      member {\n        id\n        name\n        sector\n        title\n        divisionId\n      }\n      ruleSet {\n        year\n        saved\n        excellentFrom\n        goodFrom\n        competentFrom\n      }\n      categories {\n        code\n        name\n        raw\n        floor\n        cap\n        counted\n      }\n      points {\n        fact\n        category\n        quantity\n        pointsEach\n        points\n        sourceKind\n        sourceId\n        title\n        on\n      }\n      brokeredMatches {\n        matchId\n        title\n        status\n        signedOn\n        figures {\n          householdRentYuan\n          jobsPersonTimes\n          collectiveIncomeYuan\n          atLeast\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMemberDutyFileDocument,
    "\n  query ConsoleDutyMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      sector\n      title\n    }\n  }\n": typeof types.ConsoleDutyMemberDocument,
    "\n  query ConsoleDutyDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleDutyDivisionNameDocument,
    "\n  query ConsoleDutyRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n    proposedDutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n": typeof types.ConsoleDutyRulesDocument,
    "\n  mutation ConsoleSaveDutyRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      year\n      saved\n      version\n    }\n  }\n": typeof types.ConsoleSaveDutyRulesDocument,
    "\n  query ConsoleSuggestionsList($filter: SuggestionFilter, $skip: Int!, $take: Int!) {\n    suggestions(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        title\n        kind\n        status\n        deadline\n        daysLeft\n        light\n        keySupervision\n        authors {\n          id\n          name\n        }\n        leadUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSuggestionsListDocument,
    "\n  query ConsoleSuggestion($id: ID!) {\n    suggestion(id: $id) {\n      id\n      version\n      kind\n      title\n      topic\n      content\n      status\n      round\n      keySupervision\n      divisionId\n      division {\n        id\n        name\n      }\n      submittedOn\n      filedOn\n      assignedOn\n      deadline\n      daysLeft\n      light\n      closedOn\n      declineReason\n      createdAt\n      authors {\n        id\n        name\n      }\n      divisions {\n        id\n        name\n      }\n      bases {\n        id\n        name\n      }\n      matches {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n      leadUnit {\n        id\n        name\n      }\n      assignments {\n        id\n        unitId\n        unit {\n          id\n          name\n        }\n        role\n        assignedOn\n        endedOn\n        returnReason\n      }\n      opinions {\n        id\n        round\n        unit {\n          id\n          name\n        }\n        text\n        sentOn\n      }\n      replies {\n        id\n        round\n        unit {\n          id\n          name\n        }\n        result\n        text\n        repliedOn\n        deadline\n        late\n        evaluation\n        evaluationNote\n        evaluatedOn\n      }\n      instructions {\n        id\n        leader\n        text\n        givenOn\n      }\n      supervisionNotes {\n        id\n        text\n        notedOn\n        recordedBy\n      }\n      steps {\n        id\n        action\n        statusAfter\n        actorName\n        note\n        at\n      }\n      source {\n        id\n        title\n      }\n      turnedInto {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ConsoleSuggestionDocument,
    "\n  mutation ConsoleCreateSuggestion($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateSuggestionDocument,
    "\n  mutation ConsoleUpdateSuggestion($input: UpdateSuggestionInput!) {\n    updateSuggestion(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateSuggestionDocument,
    "\n  mutation ConsoleSubmitSuggestion($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleSubmitSuggestionDocument,
    "\n  mutation ConsoleFileSuggestion($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleFileSuggestionDocument,
    "\n  mutation ConsoleDeclineSuggestion($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleDeclineSuggestionDocument,
    "\n  mutation ConsoleAssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n      status\n      deadline\n    }\n  }\n": typeof types.ConsoleAssignSuggestionDocument,
    "\n  mutation ConsoleAddSuggestionInstruction($input: AddSuggestionInstructionInput!) {\n    addSuggestionInstruction(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAddSuggestionInstructionDocument,
    "\n  mutation ConsoleAddSupervisionNote($input: AddSupervisionNoteInput!) {\n    addSupervisionNote(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAddSupervisionNoteDocument,
    "\n  mutation ConsoleMarkKeySupervision($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      id\n      keySupervision\n    }\n  }\n": typeof types.ConsoleMarkKeySupervisionDocument,
    "\n  mutation ConsoleCloseSuggestion($input: SuggestionStepInput!) {\n    closeSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCloseSuggestionDocument,
    "\n  mutation ConsoleSendCoUnitOpinion($input: SendCoUnitOpinionInput!) {\n    sendCoUnitOpinion(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleSendCoUnitOpinionDocument,
    "\n  mutation ConsoleReplyToSuggestion($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReplyToSuggestionDocument,
    "\n  mutation ConsoleReturnSuggestionAssignment($input: ReturnSuggestionAssignmentInput!) {\n    returnSuggestionAssignment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReturnSuggestionAssignmentDocument,
    "\n  mutation ConsoleEvaluateSuggestionReply($input: EvaluateSuggestionReplyInput!) {\n    evaluateSuggestionReply(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleEvaluateSuggestionReplyDocument,
    "\n  mutation ConsoleDeleteSuggestion($id: ID!) {\n    deleteSuggestion(id: $id)\n  }\n": typeof types.ConsoleDeleteSuggestionDocument,
    "\n  query ConsoleSuggestionBoard($filter: SuggestionBoardFilter, $figures: SuggestionFiguresFilter) {\n    suggestionBoard(filter: $filter) {\n      today\n      year\n      yellowDays\n      items {\n        id\n        light\n        daysLeft\n        keySupervision\n        unit {\n          id\n          name\n        }\n        suggestion {\n          id\n          title\n          kind\n          deadline\n        }\n      }\n      units {\n        unitId\n        unit {\n          id\n          name\n        }\n        open\n        red\n        yellow\n        replied\n        repliedOnTime\n        onTimeRate\n        evaluated\n        satisfied\n        satisfactionRate\n      }\n    }\n    suggestionFigures(filter: $figures) {\n      submitted\n      filed\n      notFiled\n      replied\n      adopted\n      instructed\n      closed\n      summaryText\n    }\n  }\n": typeof types.ConsoleSuggestionBoardDocument,
    "\n  query ConsoleSuggestionInbox {\n    suggestions(filter: { status: ASSIGNED }, take: 100) {\n      totalItems\n      items {\n        id\n        title\n        kind\n        deadline\n        daysLeft\n        light\n        keySupervision\n        leadUnit {\n          id\n          name\n        }\n        assignments {\n          id\n          unitId\n          role\n          endedOn\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSuggestionInboxDocument,
    "\n  query ConsoleSuggestionSettings {\n    suggestionSettings {\n      version\n      yellowDays\n      returnDays\n      defaultDeadlineAmount\n      defaultDeadlineUnit\n      updatedAt\n    }\n  }\n": typeof types.ConsoleSuggestionSettingsDocument,
    "\n  mutation ConsoleUpdateSuggestionSettings($input: UpdateSuggestionSettingsInput!) {\n    updateSuggestionSettings(input: $input) {\n      version\n      yellowDays\n      returnDays\n      defaultDeadlineAmount\n      defaultDeadlineUnit\n      updatedAt\n    }\n  }\n": typeof types.ConsoleUpdateSuggestionSettingsDocument,
    "\n  query ConsoleHandlingUnitsList($search: String, $skip: Int!, $take: Int!) {\n    handlingUnits(search: $search, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        contact\n      }\n    }\n  }\n": typeof types.ConsoleHandlingUnitsListDocument,
    "\n  query ConsoleHandlingUnit($id: ID!) {\n    handlingUnit(id: $id) {\n      id\n      version\n      name\n      contact\n    }\n  }\n": typeof types.ConsoleHandlingUnitDocument,
    "\n  mutation ConsoleCreateHandlingUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateHandlingUnitDocument,
    "\n  mutation ConsoleUpdateHandlingUnit($input: UpdateHandlingUnitInput!) {\n    updateHandlingUnit(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateHandlingUnitDocument,
    "\n  mutation ConsoleDeleteHandlingUnit($id: ID!) {\n    deleteHandlingUnit(id: $id)\n  }\n": typeof types.ConsoleDeleteHandlingUnitDocument,
    "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleTopDivisionsDocument,
    "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleDivisionChildrenDocument,
    "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDivisionPathDocument,
    "\n  query ConsoleDashboardTotals($filter: ImpactFilter!) {\n    impactSummary(filter: $filter) {\n      excludedRecords\n      totals {\n        ...ConsoleDashboardFigureValues\n      }\n    }\n  }\n": typeof types.ConsoleDashboardTotalsDocument,
    "\n  query ConsoleDashboardBreakdown($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {\n    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n    years: impactSummary(filter: $filter, groupBy: YEAR) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDashboardBreakdownDocument,
    "\n  fragment ConsoleDashboardFigureValues on ImpactFigures {\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    outputValueYuan\n    householdsBenefited\n    atLeast\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n    unapprovedRecords\n  }\n": typeof types.ConsoleDashboardFigureValuesFragmentDoc,
    "\n  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {\n    matches(filter: $matches, take: 100) {\n      totalItems\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {\n      groups {\n        key\n      }\n    }\n    serviceTeams(take: 100) {\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n  }\n": typeof types.ConsoleDashboardSentencesDocument,
    "\n  fragment ConsoleImportProblem on ImportProblem {\n    sheet\n    row\n    column\n    code\n    message\n  }\n": typeof types.ConsoleImportProblemFragmentDoc,
    "\n  mutation ConsoleUndoImport($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneAt\n      undoneBy\n    }\n  }\n": typeof types.ConsoleUndoImportDocument,
    "\n  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {\n    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        submit\n        status\n        fileName\n        bytes\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        startedAt\n        finishedAt\n        undoneAt\n        undoneBy\n        progress {\n          bytes\n          bytesRead\n          rowsRead\n          phase\n        }\n      }\n    }\n  }\n": typeof types.ConsoleImportHistoryDocument,
    "\n  query ConsoleImportProblems($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      errorCount\n      errors {\n        ...ConsoleImportProblem\n      }\n    }\n  }\n": typeof types.ConsoleImportProblemsDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n      committeePost {\n        kind\n        handlingUnit {\n          id\n          name\n        }\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWhoAmIDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  query ConsoleServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int!, $take: Int!) {\n    serviceActivities(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        date\n        topic\n        farmersTrained\n        areaCoveredMu\n        team {\n          id\n          name\n        }\n        base {\n          id\n          name\n          village {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleServiceActivitiesListDocument,
    "\n  query ConsoleServiceActivity($id: ID!) {\n    serviceActivity(id: $id) {\n      id\n      version\n      date\n      topic\n      farmersTrained\n      areaCoveredMu\n      team {\n        id\n        name\n      }\n      base {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleServiceActivityDocument,
    "\n  mutation ConsoleRecordServiceActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleRecordServiceActivityDocument,
    "\n  mutation ConsoleUpdateServiceActivity($input: UpdateServiceActivityInput!) {\n    updateServiceActivity(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateServiceActivityDocument,
    "\n  mutation ConsoleDeleteServiceActivity($id: ID!) {\n    deleteServiceActivity(id: $id)\n  }\n": typeof types.ConsoleDeleteServiceActivityDocument,
    "\n  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        areaMu\n        industry\n        operatingModel\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleBasesListDocument,
    "\n  query ConsoleBase($id: ID!) {\n    base(id: $id) {\n      id\n      version\n      name\n      villageId\n      areaMu\n      industry\n      operatingModel\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleBaseDocument,
    "\n  mutation ConsoleCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateBaseDocument,
    "\n  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateBaseDocument,
    "\n  mutation ConsoleDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n": typeof types.ConsoleDeleteBaseDocument,
    "\n  query ConsoleDivisionsList($level: DivisionLevel, $parentId: ID, $skip: Int!, $take: Int!) {\n    divisions(level: $level, parentId: $parentId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        level\n        code\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDivisionsListDocument,
    "\n  query ConsoleDivision($id: ID!) {\n    division(id: $id) {\n      id\n      version\n      name\n      level\n      code\n      parentId\n    }\n  }\n": typeof types.ConsoleDivisionDocument,
    "\n  mutation ConsoleCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateDivisionDocument,
    "\n  mutation ConsoleUpdateDivision($input: UpdateDivisionInput!) {\n    updateDivision(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateDivisionDocument,
    "\n  mutation ConsoleDeleteDivision($id: ID!) {\n    deleteDivision(id: $id)\n  }\n": typeof types.ConsoleDeleteDivisionDocument,
    "\n  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        creditCode\n        industry\n      }\n    }\n  }\n": typeof types.ConsoleEnterprisesListDocument,
    "\n  query ConsoleEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      version\n      name\n      creditCode\n      industry\n    }\n  }\n": typeof types.ConsoleEnterpriseDocument,
    "\n  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateEnterpriseDocument,
    "\n  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateEnterpriseDocument,
    "\n  mutation ConsoleDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": typeof types.ConsoleDeleteEnterpriseDocument,
    "\n  query ConsoleMatchesList($filter: MatchFilter, $skip: Int!, $take: Int!) {\n    matches(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        status\n        signedOn\n        investmentYuan\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        base {\n          id\n          name\n        }\n        brokers {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMatchesListDocument,
    "\n  query ConsoleMatch($id: ID!) {\n    match(id: $id) {\n      id\n      version\n      status\n      signedOn\n      investmentYuan\n      villageId\n      enterprise {\n        id\n        name\n      }\n      base {\n        id\n        name\n      }\n      brokers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleMatchDocument,
    "\n  mutation ConsoleCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateMatchDocument,
    "\n  mutation ConsoleUpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateMatchDocument,
    "\n  mutation ConsoleDeleteMatch($id: ID!) {\n    deleteMatch(id: $id)\n  }\n": typeof types.ConsoleDeleteMatchDocument,
    "\n  query ConsoleMembersList($search: String, $skip: Int!, $take: Int!) {\n    members(search: $search, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        sector\n        title\n        enterprises {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMembersListDocument,
    "\n  query ConsoleMember($id: ID!) {\n    member(id: $id) {\n      id\n      version\n      name\n      sector\n      title\n      enterprises {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleMemberDocument,
    "\n  mutation ConsoleCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateMemberDocument,
    "\n  mutation ConsoleUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateMemberDocument,
    "\n  mutation ConsoleDeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n": typeof types.ConsoleDeleteMemberDocument,
    "\n  query ConsoleOutcomeRecordsList($filter: ImpactFilter, $skip: Int!, $take: Int!) {\n    outcomeRecords(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        areaMu\n        outputValueYuan\n        jobsPersonTimes\n        householdRentYuan\n        collectiveIncomeYuan\n        householdsBenefited\n        atLeast\n        source\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleOutcomeRecordsListDocument,
    "\n  query ConsoleOutcomeRecord($id: ID!) {\n    outcomeRecord(id: $id) {\n      id\n      version\n      period\n      areaMu\n      outputValueYuan\n      jobsPersonTimes\n      householdRentYuan\n      collectiveIncomeYuan\n      householdsBenefited\n      atLeast\n      source\n      divisionId\n      base {\n        id\n        name\n      }\n      match {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleOutcomeRecordDocument,
    "\n  mutation ConsoleRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleRecordOutcomeDocument,
    "\n  mutation ConsoleUpdateOutcomeRecord($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateOutcomeRecordDocument,
    "\n  mutation ConsoleDeleteOutcomeRecord($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n": typeof types.ConsoleDeleteOutcomeRecordDocument,
    "\n  query ConsoleEnterpriseChoices($search: String, $take: Int!) {\n    enterprises(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleEnterpriseChoicesDocument,
    "\n  query ConsoleMemberChoices($search: String, $take: Int!) {\n    members(search: $search, take: $take) {\n      items {\n        id\n        name\n        sector\n      }\n    }\n  }\n": typeof types.ConsoleMemberChoicesDocument,
    "\n  query ConsoleUnitChoices($search: String, $take: Int!) {\n    handlingUnits(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleUnitChoicesDocument,
    "\n  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {\n    bases(filter: $filter, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleBaseChoicesDocument,
    "\n  query ConsoleTeamChoices {\n    serviceTeams(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleTeamChoicesDocument,
    "\n  query ConsoleMatchChoices($filter: MatchFilter) {\n    matches(filter: $filter, take: 100) {\n      items {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMatchChoicesDocument,
    "\n  query ConsoleServiceTeamsList($memberId: ID, $skip: Int!, $take: Int!) {\n    serviceTeams(memberId: $memberId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        leader {\n          id\n          name\n        }\n        members {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleServiceTeamsListDocument,
    "\n  query ConsoleServiceTeam($id: ID!) {\n    serviceTeam(id: $id) {\n      id\n      version\n      name\n      leader {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleServiceTeamDocument,
    "\n  mutation ConsoleCreateServiceTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateServiceTeamDocument,
    "\n  mutation ConsoleUpdateServiceTeam($input: UpdateServiceTeamInput!) {\n    updateServiceTeam(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateServiceTeamDocument,
    "\n  mutation ConsoleDeleteServiceTeam($id: ID!) {\n    deleteServiceTeam(id: $id)\n  }\n": typeof types.ConsoleDeleteServiceTeamDocument,
};
const documents: Documents = {
    "\n  query ConsoleUsers($skip: Int!, $take: Int!) {\n    users(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        username\n        role\n        divisionId\n        version\n        createdAt\n        committeePost {\n          kind\n          handlingUnit {\n            id\n            name\n          }\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleUsersDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      divisionId\n      version\n    }\n  }\n": types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.ConsoleDeleteUserDocument,
    "\n  query ConsoleDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n    }\n  }\n": types.ConsoleDivisionNameDocument,
    "\n  query ConsoleApiKeys($skip: Int!, $take: Int!) {\n    apiKeys(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleApiKeysDocument,
    "\n  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleCreateApiKeyDocument,
    "\n  mutation ConsoleRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.ConsoleRevokeApiKeyDocument,
    "\n  mutation ConsoleSetCommitteePost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": types.ConsoleSetCommitteePostDocument,
    "\n  mutation ConsoleRemoveCommitteePost($userId: ID!) {\n    removeCommitteePost(userId: $userId) {\n      id\n    }\n  }\n": types.ConsoleRemoveCommitteePostDocument,
    "\n  fragment ConsoleOutcomeWriter on OutcomeWriter {\n    kind\n    name\n    isCaller\n  }\n": types.ConsoleOutcomeWriterFragmentDoc,
    "\n  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {\n    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        updatedAt\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n        recordedBy {\n          ...ConsoleOutcomeWriter\n        }\n        changedBy {\n          ...ConsoleOutcomeWriter\n        }\n      }\n    }\n  }\n": types.ConsoleApprovalQueueDocument,
    "\n  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.ConsoleSubmitOutcomesDocument,
    "\n  mutation ConsoleApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.ConsoleApproveOutcomesDocument,
    "\n  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.ConsoleReturnOutcomesDocument,
    "\n  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.ConsoleReopenOutcomesDocument,
    "\n  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        importId\n        before\n        after\n        actor {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleAuditLogDocument,
    "\n  query ConsoleDutyEventsList($filter: DutyEventFilter, $skip: Int!, $take: Int!) {\n    dutyEvents(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        title\n        heldOn\n        place\n        participants {\n          memberId\n          attendance\n        }\n      }\n    }\n  }\n": types.ConsoleDutyEventsListDocument,
    "\n  query ConsoleDutyEvent($id: ID!) {\n    dutyEvent(id: $id) {\n      id\n      version\n      divisionId\n      kind\n      title\n      topic\n      heldOn\n      place\n      participants {\n        memberId\n        attendance\n        speeches\n        writtenSpeeches\n        member {\n          id\n          name\n          sector\n        }\n      }\n    }\n  }\n": types.ConsoleDutyEventDocument,
    "\n  mutation ConsoleRecordDutyEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n": types.ConsoleRecordDutyEventDocument,
    "\n  mutation ConsoleUpdateDutyEvent($input: UpdateDutyEventInput!) {\n    updateDutyEvent(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateDutyEventDocument,
    "\n  mutation ConsoleDeleteDutyEvent($id: ID!) {\n    deleteDutyEvent(id: $id)\n  }\n": types.ConsoleDeleteDutyEventDocument,
    "\n  query ConsoleDutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int!, $take: Int!) {\n    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {\n      year\n      totalItems\n      ruleSet {\n        year\n        saved\n        categories {\n          code\n          name\n          cap\n        }\n      }\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n          name\n          sector\n        }\n        categories {\n          code\n          counted\n        }\n      }\n    }\n  }\n": types.ConsoleDutyRankingDocument,
    "\n  query ConsoleMemberDutyFile($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      year\n      total\n      grade\n      basePoints\n      member {\n        id\n        name\n        sector\n        title\n        divisionId\n      }\n      ruleSet {\n        year\n        saved\n        excellentFrom\n        goodFrom\n        competentFrom\n      }\n      categories {\n        code\n        name\n        raw\n        floor\n        cap\n        counted\n      }\n      points {\n        fact\n        category\n        quantity\n        pointsEach\n        points\n        sourceKind\n        sourceId\n        title\n        on\n      }\n      brokeredMatches {\n        matchId\n        title\n        status\n        signedOn\n        figures {\n          householdRentYuan\n          jobsPersonTimes\n          collectiveIncomeYuan\n          atLeast\n        }\n      }\n    }\n  }\n": types.ConsoleMemberDutyFileDocument,
    "\n  query ConsoleDutyMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      sector\n      title\n    }\n  }\n": types.ConsoleDutyMemberDocument,
    "\n  query ConsoleDutyDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n    }\n  }\n": types.ConsoleDutyDivisionNameDocument,
    "\n  query ConsoleDutyRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n    proposedDutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n": types.ConsoleDutyRulesDocument,
    "\n  mutation ConsoleSaveDutyRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      year\n      saved\n      version\n    }\n  }\n": types.ConsoleSaveDutyRulesDocument,
    "\n  query ConsoleSuggestionsList($filter: SuggestionFilter, $skip: Int!, $take: Int!) {\n    suggestions(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        title\n        kind\n        status\n        deadline\n        daysLeft\n        light\n        keySupervision\n        authors {\n          id\n          name\n        }\n        leadUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleSuggestionsListDocument,
    "\n  query ConsoleSuggestion($id: ID!) {\n    suggestion(id: $id) {\n      id\n      version\n      kind\n      title\n      topic\n      content\n      status\n      round\n      keySupervision\n      divisionId\n      division {\n        id\n        name\n      }\n      submittedOn\n      filedOn\n      assignedOn\n      deadline\n      daysLeft\n      light\n      closedOn\n      declineReason\n      createdAt\n      authors {\n        id\n        name\n      }\n      divisions {\n        id\n        name\n      }\n      bases {\n        id\n        name\n      }\n      matches {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n      leadUnit {\n        id\n        name\n      }\n      assignments {\n        id\n        unitId\n        unit {\n          id\n          name\n        }\n        role\n        assignedOn\n        endedOn\n        returnReason\n      }\n      opinions {\n        id\n        round\n        unit {\n          id\n          name\n        }\n        text\n        sentOn\n      }\n      replies {\n        id\n        round\n        unit {\n          id\n          name\n        }\n        result\n        text\n        repliedOn\n        deadline\n        late\n        evaluation\n        evaluationNote\n        evaluatedOn\n      }\n      instructions {\n        id\n        leader\n        text\n        givenOn\n      }\n      supervisionNotes {\n        id\n        text\n        notedOn\n        recordedBy\n      }\n      steps {\n        id\n        action\n        statusAfter\n        actorName\n        note\n        at\n      }\n      source {\n        id\n        title\n      }\n      turnedInto {\n        id\n        title\n      }\n    }\n  }\n": types.ConsoleSuggestionDocument,
    "\n  mutation ConsoleCreateSuggestion($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateSuggestionDocument,
    "\n  mutation ConsoleUpdateSuggestion($input: UpdateSuggestionInput!) {\n    updateSuggestion(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateSuggestionDocument,
    "\n  mutation ConsoleSubmitSuggestion($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleSubmitSuggestionDocument,
    "\n  mutation ConsoleFileSuggestion($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleFileSuggestionDocument,
    "\n  mutation ConsoleDeclineSuggestion($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleDeclineSuggestionDocument,
    "\n  mutation ConsoleAssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n      status\n      deadline\n    }\n  }\n": types.ConsoleAssignSuggestionDocument,
    "\n  mutation ConsoleAddSuggestionInstruction($input: AddSuggestionInstructionInput!) {\n    addSuggestionInstruction(input: $input) {\n      id\n    }\n  }\n": types.ConsoleAddSuggestionInstructionDocument,
    "\n  mutation ConsoleAddSupervisionNote($input: AddSupervisionNoteInput!) {\n    addSupervisionNote(input: $input) {\n      id\n    }\n  }\n": types.ConsoleAddSupervisionNoteDocument,
    "\n  mutation ConsoleMarkKeySupervision($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      id\n      keySupervision\n    }\n  }\n": types.ConsoleMarkKeySupervisionDocument,
    "\n  mutation ConsoleCloseSuggestion($input: SuggestionStepInput!) {\n    closeSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleCloseSuggestionDocument,
    "\n  mutation ConsoleSendCoUnitOpinion($input: SendCoUnitOpinionInput!) {\n    sendCoUnitOpinion(input: $input) {\n      id\n    }\n  }\n": types.ConsoleSendCoUnitOpinionDocument,
    "\n  mutation ConsoleReplyToSuggestion($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleReplyToSuggestionDocument,
    "\n  mutation ConsoleReturnSuggestionAssignment($input: ReturnSuggestionAssignmentInput!) {\n    returnSuggestionAssignment(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleReturnSuggestionAssignmentDocument,
    "\n  mutation ConsoleEvaluateSuggestionReply($input: EvaluateSuggestionReplyInput!) {\n    evaluateSuggestionReply(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleEvaluateSuggestionReplyDocument,
    "\n  mutation ConsoleDeleteSuggestion($id: ID!) {\n    deleteSuggestion(id: $id)\n  }\n": types.ConsoleDeleteSuggestionDocument,
    "\n  query ConsoleSuggestionBoard($filter: SuggestionBoardFilter, $figures: SuggestionFiguresFilter) {\n    suggestionBoard(filter: $filter) {\n      today\n      year\n      yellowDays\n      items {\n        id\n        light\n        daysLeft\n        keySupervision\n        unit {\n          id\n          name\n        }\n        suggestion {\n          id\n          title\n          kind\n          deadline\n        }\n      }\n      units {\n        unitId\n        unit {\n          id\n          name\n        }\n        open\n        red\n        yellow\n        replied\n        repliedOnTime\n        onTimeRate\n        evaluated\n        satisfied\n        satisfactionRate\n      }\n    }\n    suggestionFigures(filter: $figures) {\n      submitted\n      filed\n      notFiled\n      replied\n      adopted\n      instructed\n      closed\n      summaryText\n    }\n  }\n": types.ConsoleSuggestionBoardDocument,
    "\n  query ConsoleSuggestionInbox {\n    suggestions(filter: { status: ASSIGNED }, take: 100) {\n      totalItems\n      items {\n        id\n        title\n        kind\n        deadline\n        daysLeft\n        light\n        keySupervision\n        leadUnit {\n          id\n          name\n        }\n        assignments {\n          id\n          unitId\n          role\n          endedOn\n        }\n      }\n    }\n  }\n": types.ConsoleSuggestionInboxDocument,
    "\n  query ConsoleSuggestionSettings {\n    suggestionSettings {\n      version\n      yellowDays\n      returnDays\n      defaultDeadlineAmount\n      defaultDeadlineUnit\n      updatedAt\n    }\n  }\n": types.ConsoleSuggestionSettingsDocument,
    "\n  mutation ConsoleUpdateSuggestionSettings($input: UpdateSuggestionSettingsInput!) {\n    updateSuggestionSettings(input: $input) {\n      version\n      yellowDays\n      returnDays\n      defaultDeadlineAmount\n      defaultDeadlineUnit\n      updatedAt\n    }\n  }\n": types.ConsoleUpdateSuggestionSettingsDocument,
    "\n  query ConsoleHandlingUnitsList($search: String, $skip: Int!, $take: Int!) {\n    handlingUnits(search: $search, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        contact\n      }\n    }\n  }\n": types.ConsoleHandlingUnitsListDocument,
    "\n  query ConsoleHandlingUnit($id: ID!) {\n    handlingUnit(id: $id) {\n      id\n      version\n      name\n      contact\n    }\n  }\n": types.ConsoleHandlingUnitDocument,
    "\n  mutation ConsoleCreateHandlingUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateHandlingUnitDocument,
    "\n  mutation ConsoleUpdateHandlingUnit($input: UpdateHandlingUnitInput!) {\n    updateHandlingUnit(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateHandlingUnitDocument,
    "\n  mutation ConsoleDeleteHandlingUnit($id: ID!) {\n    deleteHandlingUnit(id: $id)\n  }\n": types.ConsoleDeleteHandlingUnitDocument,
    "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleTopDivisionsDocument,
    "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleDivisionChildrenDocument,
    "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleDivisionPathDocument,
    "\n  query ConsoleDashboardTotals($filter: ImpactFilter!) {\n    impactSummary(filter: $filter) {\n      excludedRecords\n      totals {\n        ...ConsoleDashboardFigureValues\n      }\n    }\n  }\n": types.ConsoleDashboardTotalsDocument,
    "\n  query ConsoleDashboardBreakdown($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {\n    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n    years: impactSummary(filter: $filter, groupBy: YEAR) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n  }\n": types.ConsoleDashboardBreakdownDocument,
    "\n  fragment ConsoleDashboardFigureValues on ImpactFigures {\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    outputValueYuan\n    householdsBenefited\n    atLeast\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n    unapprovedRecords\n  }\n": types.ConsoleDashboardFigureValuesFragmentDoc,
    "\n  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {\n    matches(filter: $matches, take: 100) {\n      totalItems\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {\n      groups {\n        key\n      }\n    }\n    serviceTeams(take: 100) {\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n  }\n": types.ConsoleDashboardSentencesDocument,
    "\n  fragment ConsoleImportProblem on ImportProblem {\n    sheet\n    row\n    column\n    code\n    message\n  }\n": types.ConsoleImportProblemFragmentDoc,
    "\n  mutation ConsoleUndoImport($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneAt\n      undoneBy\n    }\n  }\n": types.ConsoleUndoImportDocument,
    "\n  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {\n    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        submit\n        status\n        fileName\n        bytes\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        startedAt\n        finishedAt\n        undoneAt\n        undoneBy\n        progress {\n          bytes\n          bytesRead\n          rowsRead\n          phase\n        }\n      }\n    }\n  }\n": types.ConsoleImportHistoryDocument,
    "\n  query ConsoleImportProblems($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      errorCount\n      errors {\n        ...ConsoleImportProblem\n      }\n    }\n  }\n": types.ConsoleImportProblemsDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n      committeePost {\n        kind\n        handlingUnit {\n          id\n          name\n        }\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleWhoAmIDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": types.ConsoleLogoutDocument,
    "\n  query ConsoleServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int!, $take: Int!) {\n    serviceActivities(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        date\n        topic\n        farmersTrained\n        areaCoveredMu\n        team {\n          id\n          name\n        }\n        base {\n          id\n          name\n          village {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleServiceActivitiesListDocument,
    "\n  query ConsoleServiceActivity($id: ID!) {\n    serviceActivity(id: $id) {\n      id\n      version\n      date\n      topic\n      farmersTrained\n      areaCoveredMu\n      team {\n        id\n        name\n      }\n      base {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleServiceActivityDocument,
    "\n  mutation ConsoleRecordServiceActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n": types.ConsoleRecordServiceActivityDocument,
    "\n  mutation ConsoleUpdateServiceActivity($input: UpdateServiceActivityInput!) {\n    updateServiceActivity(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateServiceActivityDocument,
    "\n  mutation ConsoleDeleteServiceActivity($id: ID!) {\n    deleteServiceActivity(id: $id)\n  }\n": types.ConsoleDeleteServiceActivityDocument,
    "\n  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        areaMu\n        industry\n        operatingModel\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleBasesListDocument,
    "\n  query ConsoleBase($id: ID!) {\n    base(id: $id) {\n      id\n      version\n      name\n      villageId\n      areaMu\n      industry\n      operatingModel\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleBaseDocument,
    "\n  mutation ConsoleCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateBaseDocument,
    "\n  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateBaseDocument,
    "\n  mutation ConsoleDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n": types.ConsoleDeleteBaseDocument,
    "\n  query ConsoleDivisionsList($level: DivisionLevel, $parentId: ID, $skip: Int!, $take: Int!) {\n    divisions(level: $level, parentId: $parentId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        level\n        code\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleDivisionsListDocument,
    "\n  query ConsoleDivision($id: ID!) {\n    division(id: $id) {\n      id\n      version\n      name\n      level\n      code\n      parentId\n    }\n  }\n": types.ConsoleDivisionDocument,
    "\n  mutation ConsoleCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateDivisionDocument,
    "\n  mutation ConsoleUpdateDivision($input: UpdateDivisionInput!) {\n    updateDivision(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateDivisionDocument,
    "\n  mutation ConsoleDeleteDivision($id: ID!) {\n    deleteDivision(id: $id)\n  }\n": types.ConsoleDeleteDivisionDocument,
    "\n  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        creditCode\n        industry\n      }\n    }\n  }\n": types.ConsoleEnterprisesListDocument,
    "\n  query ConsoleEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      version\n      name\n      creditCode\n      industry\n    }\n  }\n": types.ConsoleEnterpriseDocument,
    "\n  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateEnterpriseDocument,
    "\n  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateEnterpriseDocument,
    "\n  mutation ConsoleDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": types.ConsoleDeleteEnterpriseDocument,
    "\n  query ConsoleMatchesList($filter: MatchFilter, $skip: Int!, $take: Int!) {\n    matches(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        status\n        signedOn\n        investmentYuan\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        base {\n          id\n          name\n        }\n        brokers {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMatchesListDocument,
    "\n  query ConsoleMatch($id: ID!) {\n    match(id: $id) {\n      id\n      version\n      status\n      signedOn\n      investmentYuan\n      villageId\n      enterprise {\n        id\n        name\n      }\n      base {\n        id\n        name\n      }\n      brokers {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleMatchDocument,
    "\n  mutation ConsoleCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateMatchDocument,
    "\n  mutation ConsoleUpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateMatchDocument,
    "\n  mutation ConsoleDeleteMatch($id: ID!) {\n    deleteMatch(id: $id)\n  }\n": types.ConsoleDeleteMatchDocument,
    "\n  query ConsoleMembersList($search: String, $skip: Int!, $take: Int!) {\n    members(search: $search, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        sector\n        title\n        enterprises {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMembersListDocument,
    "\n  query ConsoleMember($id: ID!) {\n    member(id: $id) {\n      id\n      version\n      name\n      sector\n      title\n      enterprises {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleMemberDocument,
    "\n  mutation ConsoleCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateMemberDocument,
    "\n  mutation ConsoleUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateMemberDocument,
    "\n  mutation ConsoleDeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n": types.ConsoleDeleteMemberDocument,
    "\n  query ConsoleOutcomeRecordsList($filter: ImpactFilter, $skip: Int!, $take: Int!) {\n    outcomeRecords(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        areaMu\n        outputValueYuan\n        jobsPersonTimes\n        householdRentYuan\n        collectiveIncomeYuan\n        householdsBenefited\n        atLeast\n        source\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleOutcomeRecordsListDocument,
    "\n  query ConsoleOutcomeRecord($id: ID!) {\n    outcomeRecord(id: $id) {\n      id\n      version\n      period\n      areaMu\n      outputValueYuan\n      jobsPersonTimes\n      householdRentYuan\n      collectiveIncomeYuan\n      householdsBenefited\n      atLeast\n      source\n      divisionId\n      base {\n        id\n        name\n      }\n      match {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleOutcomeRecordDocument,
    "\n  mutation ConsoleRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.ConsoleRecordOutcomeDocument,
    "\n  mutation ConsoleUpdateOutcomeRecord($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateOutcomeRecordDocument,
    "\n  mutation ConsoleDeleteOutcomeRecord($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n": types.ConsoleDeleteOutcomeRecordDocument,
    "\n  query ConsoleEnterpriseChoices($search: String, $take: Int!) {\n    enterprises(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleEnterpriseChoicesDocument,
    "\n  query ConsoleMemberChoices($search: String, $take: Int!) {\n    members(search: $search, take: $take) {\n      items {\n        id\n        name\n        sector\n      }\n    }\n  }\n": types.ConsoleMemberChoicesDocument,
    "\n  query ConsoleUnitChoices($search: String, $take: Int!) {\n    handlingUnits(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleUnitChoicesDocument,
    "\n  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {\n    bases(filter: $filter, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleBaseChoicesDocument,
    "\n  query ConsoleTeamChoices {\n    serviceTeams(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleTeamChoicesDocument,
    "\n  query ConsoleMatchChoices($filter: MatchFilter) {\n    matches(filter: $filter, take: 100) {\n      items {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMatchChoicesDocument,
    "\n  query ConsoleServiceTeamsList($memberId: ID, $skip: Int!, $take: Int!) {\n    serviceTeams(memberId: $memberId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        leader {\n          id\n          name\n        }\n        members {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleServiceTeamsListDocument,
    "\n  query ConsoleServiceTeam($id: ID!) {\n    serviceTeam(id: $id) {\n      id\n      version\n      name\n      leader {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleServiceTeamDocument,
    "\n  mutation ConsoleCreateServiceTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateServiceTeamDocument,
    "\n  mutation ConsoleUpdateServiceTeam($input: UpdateServiceTeamInput!) {\n    updateServiceTeam(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateServiceTeamDocument,
    "\n  mutation ConsoleDeleteServiceTeam($id: ID!) {\n    deleteServiceTeam(id: $id)\n  }\n": types.ConsoleDeleteServiceTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUsers($skip: Int!, $take: Int!) {\n    users(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        username\n        role\n        divisionId\n        version\n        createdAt\n        committeePost {\n          kind\n          handlingUnit {\n            id\n            name\n          }\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUsers($skip: Int!, $take: Int!) {\n    users(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        username\n        role\n        divisionId\n        version\n        createdAt\n        committeePost {\n          kind\n          handlingUnit {\n            id\n            name\n          }\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      divisionId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      divisionId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApiKeys($skip: Int!, $take: Int!) {\n    apiKeys(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleApiKeys($skip: Int!, $take: Int!) {\n    apiKeys(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetCommitteePost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetCommitteePost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveCommitteePost($userId: ID!) {\n    removeCommitteePost(userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveCommitteePost($userId: ID!) {\n    removeCommitteePost(userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleOutcomeWriter on OutcomeWriter {\n    kind\n    name\n    isCaller\n  }\n"): (typeof documents)["\n  fragment ConsoleOutcomeWriter on OutcomeWriter {\n    kind\n    name\n    isCaller\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {\n    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        updatedAt\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n        recordedBy {\n          ...ConsoleOutcomeWriter\n        }\n        changedBy {\n          ...ConsoleOutcomeWriter\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {\n    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        updatedAt\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n        recordedBy {\n          ...ConsoleOutcomeWriter\n        }\n        changedBy {\n          ...ConsoleOutcomeWriter\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        importId\n        before\n        after\n        actor {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        importId\n        before\n        after\n        actor {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyEventsList($filter: DutyEventFilter, $skip: Int!, $take: Int!) {\n    dutyEvents(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        title\n        heldOn\n        place\n        participants {\n          memberId\n          attendance\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyEventsList($filter: DutyEventFilter, $skip: Int!, $take: Int!) {\n    dutyEvents(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        title\n        heldOn\n        place\n        participants {\n          memberId\n          attendance\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyEvent($id: ID!) {\n    dutyEvent(id: $id) {\n      id\n      version\n      divisionId\n      kind\n      title\n      topic\n      heldOn\n      place\n      participants {\n        memberId\n        attendance\n        speeches\n        writtenSpeeches\n        member {\n          id\n          name\n          sector\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyEvent($id: ID!) {\n    dutyEvent(id: $id) {\n      id\n      version\n      divisionId\n      kind\n      title\n      topic\n      heldOn\n      place\n      participants {\n        memberId\n        attendance\n        speeches\n        writtenSpeeches\n        member {\n          id\n          name\n          sector\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordDutyEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordDutyEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateDutyEvent($input: UpdateDutyEventInput!) {\n    updateDutyEvent(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateDutyEvent($input: UpdateDutyEventInput!) {\n    updateDutyEvent(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteDutyEvent($id: ID!) {\n    deleteDutyEvent(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteDutyEvent($id: ID!) {\n    deleteDutyEvent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int!, $take: Int!) {\n    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {\n      year\n      totalItems\n      ruleSet {\n        year\n        saved\n        categories {\n          code\n          name\n          cap\n        }\n      }\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n          name\n          sector\n        }\n        categories {\n          code\n          counted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int!, $take: Int!) {\n    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {\n      year\n      totalItems\n      ruleSet {\n        year\n        saved\n        categories {\n          code\n          name\n          cap\n        }\n      }\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n          name\n          sector\n        }\n        categories {\n          code\n          counted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMemberDutyFile($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      year\n      total\n      grade\n      basePoints\n      member {\n        id\n        name\n        sector\n        title\n        divisionId\n      }\n      ruleSet {\n        year\n        saved\n        excellentFrom\n        goodFrom\n        competentFrom\n      }\n      categories {\n        code\n        name\n        raw\n        floor\n        cap\n        counted\n      }\n      points {\n        fact\n        category\n        quantity\n        pointsEach\n        points\n        sourceKind\n        sourceId\n        title\n        on\n      }\n      brokeredMatches {\n        matchId\n        title\n        status\n        signedOn\n        figures {\n          householdRentYuan\n          jobsPersonTimes\n          collectiveIncomeYuan\n          atLeast\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMemberDutyFile($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      year\n      total\n      grade\n      basePoints\n      member {\n        id\n        name\n        sector\n        title\n        divisionId\n      }\n      ruleSet {\n        year\n        saved\n        excellentFrom\n        goodFrom\n        competentFrom\n      }\n      categories {\n        code\n        name\n        raw\n        floor\n        cap\n        counted\n      }\n      points {\n        fact\n        category\n        quantity\n        pointsEach\n        points\n        sourceKind\n        sourceId\n        title\n        on\n      }\n      brokeredMatches {\n        matchId\n        title\n        status\n        signedOn\n        figures {\n          householdRentYuan\n          jobsPersonTimes\n          collectiveIncomeYuan\n          atLeast\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      sector\n      title\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      sector\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDutyRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n    proposedDutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDutyRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n    proposedDutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSaveDutyRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      year\n      saved\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSaveDutyRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      year\n      saved\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSuggestionsList($filter: SuggestionFilter, $skip: Int!, $take: Int!) {\n    suggestions(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        title\n        kind\n        status\n        deadline\n        daysLeft\n        light\n        keySupervision\n        authors {\n          id\n          name\n        }\n        leadUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSuggestionsList($filter: SuggestionFilter, $skip: Int!, $take: Int!) {\n    suggestions(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        title\n        kind\n        status\n        deadline\n        daysLeft\n        light\n        keySupervision\n        authors {\n          id\n          name\n        }\n        leadUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSuggestion($id: ID!) {\n    suggestion(id: $id) {\n      id\n      version\n      kind\n      title\n      topic\n      content\n      status\n      round\n      keySupervision\n      divisionId\n      division {\n        id\n        name\n      }\n      submittedOn\n      filedOn\n      assignedOn\n      deadline\n      daysLeft\n      light\n      closedOn\n      declineReason\n      createdAt\n      authors {\n        id\n        name\n      }\n      divisions {\n        id\n        name\n      }\n      bases {\n        id\n        name\n      }\n      matches {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n      leadUnit {\n        id\n        name\n      }\n      assignments {\n        id\n        unitId\n        unit {\n          id\n          name\n        }\n        role\n        assignedOn\n        endedOn\n        returnReason\n      }\n      opinions {\n        id\n        round\n        unit {\n          id\n          name\n        }\n        text\n        sentOn\n      }\n      replies {\n        id\n        round\n        unit {\n          id\n          name\n        }\n        result\n        text\n        repliedOn\n        deadline\n        late\n        evaluation\n        evaluationNote\n        evaluatedOn\n      }\n      instructions {\n        id\n        leader\n        text\n        givenOn\n      }\n      supervisionNotes {\n        id\n        text\n        notedOn\n        recordedBy\n      }\n      steps {\n        id\n        action\n        statusAfter\n        actorName\n        note\n        at\n      }\n      source {\n        id\n        title\n      }\n      turnedInto {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSuggestion($id: ID!) {\n    suggestion(id: $id) {\n      id\n      version\n      kind\n      title\n      topic\n      content\n      status\n      round\n      keySupervision\n      divisionId\n      division {\n        id\n        name\n      }\n      submittedOn\n      filedOn\n      assignedOn\n      deadline\n      daysLeft\n      light\n      closedOn\n      declineReason\n      createdAt\n      authors {\n        id\n        name\n      }\n      divisions {\n        id\n        name\n      }\n      bases {\n        id\n        name\n      }\n      matches {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n      leadUnit {\n        id\n        name\n      }\n      assignments {\n        id\n        unitId\n        unit {\n          id\n          name\n        }\n        role\n        assignedOn\n        endedOn\n        returnReason\n      }\n      opinions {\n        id\n        round\n        unit {\n          id\n          name\n        }\n        text\n        sentOn\n      }\n      replies {\n        id\n        round\n        unit {\n          id\n          name\n        }\n        result\n        text\n        repliedOn\n        deadline\n        late\n        evaluation\n        evaluationNote\n        evaluatedOn\n      }\n      instructions {\n        id\n        leader\n        text\n        givenOn\n      }\n      supervisionNotes {\n        id\n        text\n        notedOn\n        recordedBy\n      }\n      steps {\n        id\n        action\n        statusAfter\n        actorName\n        note\n        at\n      }\n      source {\n        id\n        title\n      }\n      turnedInto {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateSuggestion($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateSuggestion($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateSuggestion($input: UpdateSuggestionInput!) {\n    updateSuggestion(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateSuggestion($input: UpdateSuggestionInput!) {\n    updateSuggestion(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitSuggestion($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSubmitSuggestion($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFileSuggestion($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleFileSuggestion($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeclineSuggestion($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeclineSuggestion($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n      status\n      deadline\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n      status\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddSuggestionInstruction($input: AddSuggestionInstructionInput!) {\n    addSuggestionInstruction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddSuggestionInstruction($input: AddSuggestionInstructionInput!) {\n    addSuggestionInstruction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddSupervisionNote($input: AddSupervisionNoteInput!) {\n    addSupervisionNote(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddSupervisionNote($input: AddSupervisionNoteInput!) {\n    addSupervisionNote(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkKeySupervision($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      id\n      keySupervision\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMarkKeySupervision($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      id\n      keySupervision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseSuggestion($input: SuggestionStepInput!) {\n    closeSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCloseSuggestion($input: SuggestionStepInput!) {\n    closeSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSendCoUnitOpinion($input: SendCoUnitOpinionInput!) {\n    sendCoUnitOpinion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSendCoUnitOpinion($input: SendCoUnitOpinionInput!) {\n    sendCoUnitOpinion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReplyToSuggestion($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReplyToSuggestion($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReturnSuggestionAssignment($input: ReturnSuggestionAssignmentInput!) {\n    returnSuggestionAssignment(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReturnSuggestionAssignment($input: ReturnSuggestionAssignmentInput!) {\n    returnSuggestionAssignment(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEvaluateSuggestionReply($input: EvaluateSuggestionReplyInput!) {\n    evaluateSuggestionReply(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleEvaluateSuggestionReply($input: EvaluateSuggestionReplyInput!) {\n    evaluateSuggestionReply(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteSuggestion($id: ID!) {\n    deleteSuggestion(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteSuggestion($id: ID!) {\n    deleteSuggestion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSuggestionBoard($filter: SuggestionBoardFilter, $figures: SuggestionFiguresFilter) {\n    suggestionBoard(filter: $filter) {\n      today\n      year\n      yellowDays\n      items {\n        id\n        light\n        daysLeft\n        keySupervision\n        unit {\n          id\n          name\n        }\n        suggestion {\n          id\n          title\n          kind\n          deadline\n        }\n      }\n      units {\n        unitId\n        unit {\n          id\n          name\n        }\n        open\n        red\n        yellow\n        replied\n        repliedOnTime\n        onTimeRate\n        evaluated\n        satisfied\n        satisfactionRate\n      }\n    }\n    suggestionFigures(filter: $figures) {\n      submitted\n      filed\n      notFiled\n      replied\n      adopted\n      instructed\n      closed\n      summaryText\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSuggestionBoard($filter: SuggestionBoardFilter, $figures: SuggestionFiguresFilter) {\n    suggestionBoard(filter: $filter) {\n      today\n      year\n      yellowDays\n      items {\n        id\n        light\n        daysLeft\n        keySupervision\n        unit {\n          id\n          name\n        }\n        suggestion {\n          id\n          title\n          kind\n          deadline\n        }\n      }\n      units {\n        unitId\n        unit {\n          id\n          name\n        }\n        open\n        red\n        yellow\n        replied\n        repliedOnTime\n        onTimeRate\n        evaluated\n        satisfied\n        satisfactionRate\n      }\n    }\n    suggestionFigures(filter: $figures) {\n      submitted\n      filed\n      notFiled\n      replied\n      adopted\n      instructed\n      closed\n      summaryText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSuggestionInbox {\n    suggestions(filter: { status: ASSIGNED }, take: 100) {\n      totalItems\n      items {\n        id\n        title\n        kind\n        deadline\n        daysLeft\n        light\n        keySupervision\n        leadUnit {\n          id\n          name\n        }\n        assignments {\n          id\n          unitId\n          role\n          endedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSuggestionInbox {\n    suggestions(filter: { status: ASSIGNED }, take: 100) {\n      totalItems\n      items {\n        id\n        title\n        kind\n        deadline\n        daysLeft\n        light\n        keySupervision\n        leadUnit {\n          id\n          name\n        }\n        assignments {\n          id\n          unitId\n          role\n          endedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSuggestionSettings {\n    suggestionSettings {\n      version\n      yellowDays\n      returnDays\n      defaultDeadlineAmount\n      defaultDeadlineUnit\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSuggestionSettings {\n    suggestionSettings {\n      version\n      yellowDays\n      returnDays\n      defaultDeadlineAmount\n      defaultDeadlineUnit\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateSuggestionSettings($input: UpdateSuggestionSettingsInput!) {\n    updateSuggestionSettings(input: $input) {\n      version\n      yellowDays\n      returnDays\n      defaultDeadlineAmount\n      defaultDeadlineUnit\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateSuggestionSettings($input: UpdateSuggestionSettingsInput!) {\n    updateSuggestionSettings(input: $input) {\n      version\n      yellowDays\n      returnDays\n      defaultDeadlineAmount\n      defaultDeadlineUnit\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHandlingUnitsList($search: String, $skip: Int!, $take: Int!) {\n    handlingUnits(search: $search, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        contact\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHandlingUnitsList($search: String, $skip: Int!, $take: Int!) {\n    handlingUnits(search: $search, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHandlingUnit($id: ID!) {\n    handlingUnit(id: $id) {\n      id\n      version\n      name\n      contact\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHandlingUnit($id: ID!) {\n    handlingUnit(id: $id) {\n      id\n      version\n      name\n      contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateHandlingUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateHandlingUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateHandlingUnit($input: UpdateHandlingUnitInput!) {\n    updateHandlingUnit(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateHandlingUnit($input: UpdateHandlingUnitInput!) {\n    updateHandlingUnit(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteHandlingUnit($id: ID!) {\n    deleteHandlingUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteHandlingUnit($id: ID!) {\n    deleteHandlingUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboardTotals($filter: ImpactFilter!) {\n    impactSummary(filter: $filter) {\n      excludedRecords\n      totals {\n        ...ConsoleDashboardFigureValues\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDashboardTotals($filter: ImpactFilter!) {\n    impactSummary(filter: $filter) {\n      excludedRecords\n      totals {\n        ...ConsoleDashboardFigureValues\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboardBreakdown($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {\n    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n    years: impactSummary(filter: $filter, groupBy: YEAR) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDashboardBreakdown($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {\n    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n    years: impactSummary(filter: $filter, groupBy: YEAR) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleDashboardFigureValues on ImpactFigures {\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    outputValueYuan\n    householdsBenefited\n    atLeast\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n    unapprovedRecords\n  }\n"): (typeof documents)["\n  fragment ConsoleDashboardFigureValues on ImpactFigures {\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    outputValueYuan\n    householdsBenefited\n    atLeast\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n    unapprovedRecords\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {\n    matches(filter: $matches, take: 100) {\n      totalItems\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {\n      groups {\n        key\n      }\n    }\n    serviceTeams(take: 100) {\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {\n    matches(filter: $matches, take: 100) {\n      totalItems\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {\n      groups {\n        key\n      }\n    }\n    serviceTeams(take: 100) {\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleImportProblem on ImportProblem {\n    sheet\n    row\n    column\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment ConsoleImportProblem on ImportProblem {\n    sheet\n    row\n    column\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUndoImport($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneAt\n      undoneBy\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUndoImport($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneAt\n      undoneBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {\n    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        submit\n        status\n        fileName\n        bytes\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        startedAt\n        finishedAt\n        undoneAt\n        undoneBy\n        progress {\n          bytes\n          bytesRead\n          rowsRead\n          phase\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {\n    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        submit\n        status\n        fileName\n        bytes\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        startedAt\n        finishedAt\n        undoneAt\n        undoneBy\n        progress {\n          bytes\n          bytesRead\n          rowsRead\n          phase\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleImportProblems($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      errorCount\n      errors {\n        ...ConsoleImportProblem\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleImportProblems($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      errorCount\n      errors {\n        ...ConsoleImportProblem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n      committeePost {\n        kind\n        handlingUnit {\n          id\n          name\n        }\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n      committeePost {\n        kind\n        handlingUnit {\n          id\n          name\n        }\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int!, $take: Int!) {\n    serviceActivities(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        date\n        topic\n        farmersTrained\n        areaCoveredMu\n        team {\n          id\n          name\n        }\n        base {\n          id\n          name\n          village {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int!, $take: Int!) {\n    serviceActivities(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        date\n        topic\n        farmersTrained\n        areaCoveredMu\n        team {\n          id\n          name\n        }\n        base {\n          id\n          name\n          village {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceActivity($id: ID!) {\n    serviceActivity(id: $id) {\n      id\n      version\n      date\n      topic\n      farmersTrained\n      areaCoveredMu\n      team {\n        id\n        name\n      }\n      base {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceActivity($id: ID!) {\n    serviceActivity(id: $id) {\n      id\n      version\n      date\n      topic\n      farmersTrained\n      areaCoveredMu\n      team {\n        id\n        name\n      }\n      base {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordServiceActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordServiceActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateServiceActivity($input: UpdateServiceActivityInput!) {\n    updateServiceActivity(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateServiceActivity($input: UpdateServiceActivityInput!) {\n    updateServiceActivity(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteServiceActivity($id: ID!) {\n    deleteServiceActivity(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteServiceActivity($id: ID!) {\n    deleteServiceActivity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        areaMu\n        industry\n        operatingModel\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        areaMu\n        industry\n        operatingModel\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBase($id: ID!) {\n    base(id: $id) {\n      id\n      version\n      name\n      villageId\n      areaMu\n      industry\n      operatingModel\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBase($id: ID!) {\n    base(id: $id) {\n      id\n      version\n      name\n      villageId\n      areaMu\n      industry\n      operatingModel\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisionsList($level: DivisionLevel, $parentId: ID, $skip: Int!, $take: Int!) {\n    divisions(level: $level, parentId: $parentId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        level\n        code\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisionsList($level: DivisionLevel, $parentId: ID, $skip: Int!, $take: Int!) {\n    divisions(level: $level, parentId: $parentId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        level\n        code\n        parent {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivision($id: ID!) {\n    division(id: $id) {\n      id\n      version\n      name\n      level\n      code\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivision($id: ID!) {\n    division(id: $id) {\n      id\n      version\n      name\n      level\n      code\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateDivision($input: UpdateDivisionInput!) {\n    updateDivision(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateDivision($input: UpdateDivisionInput!) {\n    updateDivision(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteDivision($id: ID!) {\n    deleteDivision(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteDivision($id: ID!) {\n    deleteDivision(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        creditCode\n        industry\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        creditCode\n        industry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      version\n      name\n      creditCode\n      industry\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      version\n      name\n      creditCode\n      industry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchesList($filter: MatchFilter, $skip: Int!, $take: Int!) {\n    matches(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        status\n        signedOn\n        investmentYuan\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        base {\n          id\n          name\n        }\n        brokers {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatchesList($filter: MatchFilter, $skip: Int!, $take: Int!) {\n    matches(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        status\n        signedOn\n        investmentYuan\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        base {\n          id\n          name\n        }\n        brokers {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatch($id: ID!) {\n    match(id: $id) {\n      id\n      version\n      status\n      signedOn\n      investmentYuan\n      villageId\n      enterprise {\n        id\n        name\n      }\n      base {\n        id\n        name\n      }\n      brokers {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatch($id: ID!) {\n    match(id: $id) {\n      id\n      version\n      status\n      signedOn\n      investmentYuan\n      villageId\n      enterprise {\n        id\n        name\n      }\n      base {\n        id\n        name\n      }\n      brokers {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteMatch($id: ID!) {\n    deleteMatch(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteMatch($id: ID!) {\n    deleteMatch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMembersList($search: String, $skip: Int!, $take: Int!) {\n    members(search: $search, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        sector\n        title\n        enterprises {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMembersList($search: String, $skip: Int!, $take: Int!) {\n    members(search: $search, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        sector\n        title\n        enterprises {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMember($id: ID!) {\n    member(id: $id) {\n      id\n      version\n      name\n      sector\n      title\n      enterprises {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMember($id: ID!) {\n    member(id: $id) {\n      id\n      version\n      name\n      sector\n      title\n      enterprises {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOutcomeRecordsList($filter: ImpactFilter, $skip: Int!, $take: Int!) {\n    outcomeRecords(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        areaMu\n        outputValueYuan\n        jobsPersonTimes\n        householdRentYuan\n        collectiveIncomeYuan\n        householdsBenefited\n        atLeast\n        source\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOutcomeRecordsList($filter: ImpactFilter, $skip: Int!, $take: Int!) {\n    outcomeRecords(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        areaMu\n        outputValueYuan\n        jobsPersonTimes\n        householdRentYuan\n        collectiveIncomeYuan\n        householdsBenefited\n        atLeast\n        source\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOutcomeRecord($id: ID!) {\n    outcomeRecord(id: $id) {\n      id\n      version\n      period\n      areaMu\n      outputValueYuan\n      jobsPersonTimes\n      householdRentYuan\n      collectiveIncomeYuan\n      householdsBenefited\n      atLeast\n      source\n      divisionId\n      base {\n        id\n        name\n      }\n      match {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOutcomeRecord($id: ID!) {\n    outcomeRecord(id: $id) {\n      id\n      version\n      period\n      areaMu\n      outputValueYuan\n      jobsPersonTimes\n      householdRentYuan\n      collectiveIncomeYuan\n      householdsBenefited\n      atLeast\n      source\n      divisionId\n      base {\n        id\n        name\n      }\n      match {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateOutcomeRecord($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateOutcomeRecord($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteOutcomeRecord($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteOutcomeRecord($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEnterpriseChoices($search: String, $take: Int!) {\n    enterprises(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEnterpriseChoices($search: String, $take: Int!) {\n    enterprises(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMemberChoices($search: String, $take: Int!) {\n    members(search: $search, take: $take) {\n      items {\n        id\n        name\n        sector\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMemberChoices($search: String, $take: Int!) {\n    members(search: $search, take: $take) {\n      items {\n        id\n        name\n        sector\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnitChoices($search: String, $take: Int!) {\n    handlingUnits(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUnitChoices($search: String, $take: Int!) {\n    handlingUnits(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {\n    bases(filter: $filter, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {\n    bases(filter: $filter, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTeamChoices {\n    serviceTeams(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTeamChoices {\n    serviceTeams(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchChoices($filter: MatchFilter) {\n    matches(filter: $filter, take: 100) {\n      items {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatchChoices($filter: MatchFilter) {\n    matches(filter: $filter, take: 100) {\n      items {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceTeamsList($memberId: ID, $skip: Int!, $take: Int!) {\n    serviceTeams(memberId: $memberId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        leader {\n          id\n          name\n        }\n        members {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceTeamsList($memberId: ID, $skip: Int!, $take: Int!) {\n    serviceTeams(memberId: $memberId, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        leader {\n          id\n          name\n        }\n        members {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceTeam($id: ID!) {\n    serviceTeam(id: $id) {\n      id\n      version\n      name\n      leader {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceTeam($id: ID!) {\n    serviceTeam(id: $id) {\n      id\n      version\n      name\n      leader {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateServiceTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateServiceTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateServiceTeam($input: UpdateServiceTeamInput!) {\n    updateServiceTeam(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateServiceTeam($input: UpdateServiceTeamInput!) {\n    updateServiceTeam(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteServiceTeam($id: ID!) {\n    deleteServiceTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteServiceTeam($id: ID!) {\n    deleteServiceTeam(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;