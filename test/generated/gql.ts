/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n      divisionId\n    }\n  }\n": typeof types.AuthCreateUserDocument,
    "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AuthUpdateUserDocument,
    "\n  mutation AuthDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.AuthDeleteUserDocument,
    "\n  mutation AuthCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": typeof types.AuthCreateDivisionDocument,
    "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthUsers {\n    users(take: 100) {\n      items {\n        username\n      }\n      totalItems\n    }\n  }\n": typeof types.AuthUsersDocument,
    "\n  query AuthDivisionCount {\n    divisions {\n      totalItems\n    }\n  }\n": typeof types.AuthDivisionCountDocument,
    "\n  query BasesStatementsPage($filter: BaseFilter, $skip: Int, $take: Int) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n      totalItems\n    }\n  }\n": typeof types.BasesStatementsPageDocument,
    "\n  query BasesStatementsOne($id: ID!) {\n    base(id: $id) {\n      id\n      village {\n        id\n        name\n      }\n      town {\n        id\n        name\n      }\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BasesStatementsOneDocument,
    "\n  query BasesStatementsWithoutOperators($filter: BaseFilter, $skip: Int) {\n    bases(filter: $filter, skip: $skip, take: 5) {\n      items {\n        id\n        village {\n          name\n        }\n        town {\n          name\n        }\n      }\n      totalItems\n    }\n  }\n": typeof types.BasesStatementsWithoutOperatorsDocument,
    "\n  query BasesStatementsPastEnd($filter: BaseFilter) {\n    bases(filter: $filter, skip: 40, take: 5) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": typeof types.BasesStatementsPastEndDocument,
    "\n  fragment BasesFields on Base {\n    id\n    name\n    villageId\n    areaMu\n    industry\n    operatingModel\n    operatorId\n    village {\n      id\n      name\n    }\n    town {\n      id\n      name\n    }\n    operator {\n      id\n      name\n    }\n  }\n": typeof types.BasesFieldsFragmentDoc,
    "\n  mutation BasesCreate($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      ...BasesFields\n    }\n  }\n": typeof types.BasesCreateDocument,
    "\n  mutation BasesUpdate($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      ...BasesFields\n    }\n  }\n": typeof types.BasesUpdateDocument,
    "\n  mutation BasesDelete($id: ID!) {\n    deleteBase(id: $id)\n  }\n": typeof types.BasesDeleteDocument,
    "\n  query BasesOne($id: ID!) {\n    base(id: $id) {\n      ...BasesFields\n    }\n  }\n": typeof types.BasesOneDocument,
    "\n  query BasesList($filter: BaseFilter, $skip: Int, $take: Int) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        name\n      }\n      totalItems\n    }\n  }\n": typeof types.BasesListDocument,
    "\n  query BrowserAdminUsers {\n    users(take: 100) {\n      items {\n        username\n        role\n        divisionId\n      }\n    }\n  }\n": typeof types.BrowserAdminUsersDocument,
    "\n  mutation BrowserAdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserAdminCreateUserDocument,
    "\n  mutation BrowserApprovalsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserApprovalsCreateUserDocument,
    "\n  mutation BrowserApprovalsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserApprovalsRecordDocument,
    "\n  mutation BrowserApprovalsUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserApprovalsUpdateDocument,
    "\n  query BrowserApprovalsOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      status\n      statusReason\n      recordedBy {\n        name\n        isCaller\n      }\n    }\n  }\n": typeof types.BrowserApprovalsOneDocument,
    "\n  mutation BrowserApprovalsReturn($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n    }\n  }\n": typeof types.BrowserApprovalsReturnDocument,
    "\n  query BrowserApprovalsImpact($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        records\n        householdRentYuan\n      }\n    }\n  }\n": typeof types.BrowserApprovalsImpactDocument,
    "\n  query DashboardTotals($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        areaMu\n        outputValueYuan\n        householdsBenefited\n        unapprovedRecords\n      }\n    }\n  }\n": typeof types.DashboardTotalsDocument,
    "\n  query DashboardSeededPlaces {\n    towns: divisions(level: TOWN) {\n      items {\n        id\n        name\n        parentId\n      }\n    }\n    villages: divisions(level: VILLAGE) {\n      items {\n        id\n        name\n      }\n    }\n    bases(take: 10) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DashboardSeededPlacesDocument,
    "\n  mutation DashboardCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardCreateDivisionDocument,
    "\n  mutation DashboardRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.DashboardRecordOutcomeDocument,
    "\n  query BrowserImportsRecords($filter: ImpactFilter) {\n    outcomeRecords(filter: $filter, take: 100) {\n      totalItems\n      items {\n        period\n        areaMu\n        householdRentYuan\n        status\n      }\n    }\n  }\n": typeof types.BrowserImportsRecordsDocument,
    "\n  query BrowserImportsAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      totalItems\n      items {\n        action\n      }\n    }\n  }\n": typeof types.BrowserImportsAuditDocument,
    "\n  mutation MemberFileCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileCreateDivisionDocument,
    "\n  mutation MemberFileCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileCreateMemberDocument,
    "\n  mutation MemberFileCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileCreateEnterpriseDocument,
    "\n  mutation MemberFileCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileCreateBaseDocument,
    "\n  mutation MemberFileCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileCreateMatchDocument,
    "\n  mutation MemberFileRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileRecordOutcomeDocument,
    "\n  mutation MemberFileCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileCreateTeamDocument,
    "\n  mutation MemberFileRecordActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileRecordActivityDocument,
    "\n  mutation MemberFileRecordEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileRecordEventDocument,
    "\n  query MemberFileProposedRules($year: Int!) {\n    proposedDutyRuleSet(year: $year) {\n      year\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n": typeof types.MemberFileProposedRulesDocument,
    "\n  mutation MemberFileSaveRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      version\n    }\n  }\n": typeof types.MemberFileSaveRulesDocument,
    "\n  query MemberFileRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      version\n      categories {\n        code\n        cap\n      }\n    }\n  }\n": typeof types.MemberFileRulesDocument,
    "\n  query MemberFileRanking($year: Int!) {\n    dutyRanking(year: $year, take: 100) {\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MemberFileRankingDocument,
    "\n  query MemberFileOfMember($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      total\n      grade\n      categories {\n        code\n        raw\n        counted\n      }\n      points {\n        sourceKind\n        title\n      }\n      brokeredMatches {\n        title\n        figures {\n          householdRentYuan\n          jobsPersonTimes\n          collectiveIncomeYuan\n        }\n      }\n    }\n  }\n": typeof types.MemberFileOfMemberDocument,
    "\n  mutation MemberFileCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileCreateUserDocument,
    "\n  mutation MemberFileSetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberFileSetPostDocument,
    "\n  mutation BrowserSuggestionsUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserSuggestionsUserDocument,
    "\n  mutation BrowserSuggestionsPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserSuggestionsPostDocument,
    "\n  mutation BrowserSuggestionsKey($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      keySupervision\n    }\n  }\n": typeof types.BrowserSuggestionsKeyDocument,
    "\n  query BrowserSuggestionsRates($year: Int) {\n    suggestionUnitRates(year: $year) {\n      unit {\n        name\n      }\n      replied\n      repliedOnTime\n      onTimeRate\n      evaluated\n      satisfied\n      satisfactionRate\n    }\n  }\n": typeof types.BrowserSuggestionsRatesDocument,
    "\n  query BrowserSuggestionsOne($id: ID!) {\n    suggestion(id: $id) {\n      status\n      authors {\n        id\n      }\n      replies {\n        result\n        text\n      }\n    }\n  }\n": typeof types.BrowserSuggestionsOneDocument,
    "\n  query BrowserSuggestionsMine($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.BrowserSuggestionsMineDocument,
    "\n  mutation CommitteeCreateUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n": typeof types.CommitteeCreateUnitDocument,
    "\n  mutation CommitteeUpdateUnit($input: UpdateHandlingUnitInput!) {\n    updateHandlingUnit(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n": typeof types.CommitteeUpdateUnitDocument,
    "\n  mutation CommitteeDeleteUnit($id: ID!) {\n    deleteHandlingUnit(id: $id)\n  }\n": typeof types.CommitteeDeleteUnitDocument,
    "\n  query CommitteeUnits($search: String) {\n    handlingUnits(search: $search) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": typeof types.CommitteeUnitsDocument,
    "\n  mutation CommitteeSetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n      committeePost {\n        kind\n        handlingUnit {\n          name\n        }\n        member {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommitteeSetPostDocument,
    "\n  query CommitteeWhoAmI {\n    whoAmI {\n      committeePost {\n        kind\n        handlingUnit {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommitteeWhoAmIDocument,
    "\n  mutation CommitteeRemovePost($userId: ID!) {\n    removeCommitteePost(userId: $userId) {\n      committeePost {\n        kind\n      }\n    }\n  }\n": typeof types.CommitteeRemovePostDocument,
    "\n  mutation DutyEventsDeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n": typeof types.DutyEventsDeleteMemberDocument,
    "\n  mutation DutyEventsUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      divisionId\n    }\n  }\n": typeof types.DutyEventsUpdateMemberDocument,
    "\n  mutation DutyCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      divisionId\n    }\n  }\n": typeof types.DutyCreateMemberDocument,
    "\n  mutation DutySetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": typeof types.DutySetPostDocument,
    "\n  mutation DutyRecordEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n      version\n      kind\n      heldOn\n      participants {\n        memberId\n        attendance\n        speeches\n        writtenSpeeches\n        member {\n          name\n        }\n      }\n    }\n  }\n": typeof types.DutyRecordEventDocument,
    "\n  mutation DutyUpdateEvent($input: UpdateDutyEventInput!) {\n    updateDutyEvent(input: $input) {\n      id\n      version\n      title\n      participants {\n        memberId\n        attendance\n      }\n    }\n  }\n": typeof types.DutyUpdateEventDocument,
    "\n  mutation DutyDeleteEvent($id: ID!) {\n    deleteDutyEvent(id: $id)\n  }\n": typeof types.DutyDeleteEventDocument,
    "\n  query DutyEvents($filter: DutyEventFilter, $skip: Int, $take: Int) {\n    dutyEvents(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        title\n        heldOn\n      }\n    }\n  }\n": typeof types.DutyEventsDocument,
    "\n  query DutyEvent($id: ID!) {\n    dutyEvent(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.DutyEventDocument,
    "\n  query DutyProposedRules($year: Int!) {\n    proposedDutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n": typeof types.DutyProposedRulesDocument,
    "\n  query DutyRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      saved\n      version\n    }\n  }\n": typeof types.DutyRulesDocument,
    "\n  mutation DutySaveRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      year\n      saved\n      version\n    }\n  }\n": typeof types.DutySaveRulesDocument,
    "\n  query DutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int, $take: Int) {\n    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {\n      year\n      totalItems\n      ruleSet {\n        year\n        version\n      }\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n          name\n        }\n        categories {\n          code\n          raw\n          counted\n        }\n      }\n    }\n  }\n": typeof types.DutyRankingDocument,
    "\n  query DutyFile($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      year\n      total\n      grade\n      basePoints\n      member {\n        id\n      }\n      ruleSet {\n        year\n      }\n      categories {\n        code\n        name\n        cap\n        raw\n        counted\n      }\n      points {\n        fact\n        category\n        quantity\n        pointsEach\n        points\n        sourceKind\n        sourceId\n        title\n        on\n      }\n      brokeredMatches {\n        matchId\n        title\n        status\n        signedOn\n        figures {\n          jobsPersonTimes\n          householdRentYuan\n        }\n      }\n    }\n  }\n": typeof types.DutyFileDocument,
    "\n  mutation DutyCreateSuggestion($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n    }\n  }\n": typeof types.DutyCreateSuggestionDocument,
    "\n  mutation DutySubmitSuggestion($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n    }\n  }\n": typeof types.DutySubmitSuggestionDocument,
    "\n  mutation DutyFileSuggestion($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n    }\n  }\n": typeof types.DutyFileSuggestionDocument,
    "\n  mutation DutyDeclineSuggestion($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DutyDeclineSuggestionDocument,
    "\n  mutation DutyAssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n    }\n  }\n": typeof types.DutyAssignSuggestionDocument,
    "\n  mutation DutyReplySuggestion($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DutyReplySuggestionDocument,
    "\n  mutation DutyCreateUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.DutyCreateUnitDocument,
    "\n  mutation DutyPointsCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DutyPointsCreateMatchDocument,
    "\n  mutation DutyPointsUpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DutyPointsUpdateMatchDocument,
    "\n  fragment EnterprisesFields on Enterprise {\n    id\n    name\n    creditCode\n    industry\n  }\n": typeof types.EnterprisesFieldsFragmentDoc,
    "\n  mutation EnterprisesCreate($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterprisesFields\n    }\n  }\n": typeof types.EnterprisesCreateDocument,
    "\n  mutation EnterprisesUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      ...EnterprisesFields\n    }\n  }\n": typeof types.EnterprisesUpdateDocument,
    "\n  mutation EnterprisesDelete($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": typeof types.EnterprisesDeleteDocument,
    "\n  query EnterprisesOne($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterprisesFields\n    }\n  }\n": typeof types.EnterprisesOneDocument,
    "\n  query EnterprisesList($search: String, $industry: String, $skip: Int, $take: Int) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": typeof types.EnterprisesListDocument,
    "\n  mutation IdempotentCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n      name\n      village {\n        id\n      }\n    }\n  }\n": typeof types.IdempotentCreateBaseDocument,
    "\n  mutation IdempotentCreateTwo($first: CreateBaseInput!, $second: CreateBaseInput!) {\n    first: createBase(input: $first) {\n      id\n    }\n    second: createBase(input: $second) {\n      id\n    }\n  }\n": typeof types.IdempotentCreateTwoDocument,
    "\n  mutation IdempotentDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n": typeof types.IdempotentDeleteBaseDocument,
    "\n  mutation DivisionsCreate($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n      name\n      level\n      code\n      parentId\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DivisionsCreateDocument,
    "\n  mutation DivisionsUpdate($input: UpdateDivisionInput!) {\n    updateDivision(input: $input) {\n      id\n      name\n      level\n      code\n      parentId\n    }\n  }\n": typeof types.DivisionsUpdateDocument,
    "\n  mutation DivisionsDelete($id: ID!) {\n    deleteDivision(id: $id)\n  }\n": typeof types.DivisionsDeleteDocument,
    "\n  query DivisionsTree($id: ID!) {\n    division(id: $id) {\n      name\n      parent {\n        name\n      }\n      children {\n        name\n        level\n      }\n    }\n  }\n": typeof types.DivisionsTreeDocument,
    "\n  query DivisionsTownsAndChildren($parentId: ID!) {\n    towns: divisions(level: TOWN) {\n      items {\n        name\n      }\n      totalItems\n    }\n    under: divisions(parentId: $parentId) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": typeof types.DivisionsTownsAndChildrenDocument,
    "\n  query DivisionsId($id: ID!) {\n    division(id: $id) {\n      id\n    }\n  }\n": typeof types.DivisionsIdDocument,
    "\n  query MatchesStatementsPage($filter: MatchFilter, $take: Int) {\n    matches(filter: $filter, take: $take) {\n      items {\n        id\n        impact {\n          householdRentYuan\n          jobsPersonTimes\n          areaMu\n          records\n          matches\n        }\n        summaryText\n      }\n      totalItems\n    }\n  }\n": typeof types.MatchesStatementsPageDocument,
    "\n  query MatchesStatementsPageAlone($take: Int) {\n    matches(take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": typeof types.MatchesStatementsPageAloneDocument,
    "\n  mutation MatchesStatementsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.MatchesStatementsRecordDocument,
    "\n  fragment MatchesFields on Match {\n    id\n    enterpriseId\n    villageId\n    baseId\n    status\n    signedOn\n    investmentYuan\n    brokerIds\n    enterprise {\n      id\n    }\n    village {\n      id\n    }\n    town {\n      id\n    }\n    base {\n      id\n    }\n    brokers {\n      id\n      name\n    }\n  }\n": typeof types.MatchesFieldsFragmentDoc,
    "\n  mutation MatchesCreate($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      ...MatchesFields\n    }\n  }\n": typeof types.MatchesCreateDocument,
    "\n  mutation MatchesUpdate($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      ...MatchesFields\n    }\n  }\n": typeof types.MatchesUpdateDocument,
    "\n  mutation MatchesDelete($id: ID!) {\n    deleteMatch(id: $id)\n  }\n": typeof types.MatchesDeleteDocument,
    "\n  query MatchesOne($id: ID!) {\n    match(id: $id) {\n      ...MatchesFields\n    }\n  }\n": typeof types.MatchesOneDocument,
    "\n  query MatchesList($filter: MatchFilter, $skip: Int, $take: Int) {\n    matches(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": typeof types.MatchesListDocument,
    "\n  query MatchesOfMemberEnterpriseBase($member: ID!, $enterprise: ID!, $base: ID!) {\n    member(id: $member) {\n      matches {\n        id\n        brokers {\n          id\n        }\n      }\n    }\n    enterprise(id: $enterprise) {\n      matches {\n        id\n      }\n    }\n    base(id: $base) {\n      matches {\n        id\n      }\n    }\n  }\n": typeof types.MatchesOfMemberEnterpriseBaseDocument,
    "\n  fragment MembersFields on Member {\n    id\n    name\n    sector\n    title\n    enterpriseIds\n    enterprises {\n      id\n      name\n    }\n  }\n": typeof types.MembersFieldsFragmentDoc,
    "\n  mutation MembersCreate($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MembersFields\n    }\n  }\n": typeof types.MembersCreateDocument,
    "\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MembersFields\n    }\n  }\n": typeof types.MembersUpdateDocument,
    "\n  mutation MembersDelete($id: ID!) {\n    deleteMember(id: $id)\n  }\n": typeof types.MembersDeleteDocument,
    "\n  query MembersOne($id: ID!) {\n    member(id: $id) {\n      ...MembersFields\n    }\n  }\n": typeof types.MembersOneDocument,
    "\n  query MembersList($search: String, $skip: Int, $take: Int) {\n    members(search: $search, skip: $skip, take: $take) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": typeof types.MembersListDocument,
    "\n  query MembersOfEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      members {\n        name\n      }\n    }\n  }\n": typeof types.MembersOfEnterpriseDocument,
    "\n  query MembersPageWithRelations {\n    members {\n      items {\n        name\n        enterprises {\n          name\n          members {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MembersPageWithRelationsDocument,
    "\n  query MembersEnterpriseId($id: ID!) {\n    enterprise(id: $id) {\n      id\n    }\n  }\n": typeof types.MembersEnterpriseIdDocument,
    "\n  mutation MembersDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": typeof types.MembersDeleteEnterpriseDocument,
    "\n  mutation QueueRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.QueueRecordDocument,
    "\n  mutation QueueUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.QueueUpdateDocument,
    "\n  mutation QueueSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n    }\n  }\n": typeof types.QueueSubmitDocument,
    "\n  query QueueList($statuses: [OutcomeStatus!], $filter: ImpactFilter) {\n    outcomeRecords(statuses: $statuses, filter: $filter, take: 100) {\n      totalItems\n      items {\n        id\n        status\n        recordedBy {\n          kind\n          id\n          name\n          isCaller\n        }\n        changedBy {\n          kind\n          id\n          name\n          isCaller\n        }\n      }\n    }\n  }\n": typeof types.QueueListDocument,
    "\n  mutation OutcomeFiltersRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.OutcomeFiltersRecordDocument,
    "\n  query OutcomeFiltersList($filter: ImpactFilter, $skip: Int, $take: Int) {\n    outcomeRecords(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        base {\n          id\n        }\n        division {\n          id\n        }\n        match {\n          id\n        }\n        team {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OutcomeFiltersListDocument,
    "\n  fragment OutcomeRecordsFields on OutcomeRecord {\n    id\n    period\n    periodStart\n    periodEnd\n    baseId\n    divisionId\n    matchId\n    teamId\n    areaMu\n    outputValueYuan\n    jobsPersonTimes\n    householdRentYuan\n    collectiveIncomeYuan\n    householdsBenefited\n    atLeast\n    source\n  }\n": typeof types.OutcomeRecordsFieldsFragmentDoc,
    "\n  mutation OutcomeRecordsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      ...OutcomeRecordsFields\n    }\n  }\n": typeof types.OutcomeRecordsRecordDocument,
    "\n  mutation OutcomeRecordsUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      ...OutcomeRecordsFields\n    }\n  }\n": typeof types.OutcomeRecordsUpdateDocument,
    "\n  mutation OutcomeRecordsDelete($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n": typeof types.OutcomeRecordsDeleteDocument,
    "\n  query OutcomeRecordsOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      ...OutcomeRecordsFields\n      base {\n        id\n        name\n      }\n      division {\n        id\n        name\n      }\n      match {\n        id\n        baseId\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OutcomeRecordsOneDocument,
    "\n  query OutcomeRecordsCount {\n    outcomeRecords {\n      totalItems\n    }\n  }\n": typeof types.OutcomeRecordsCountDocument,
    "\n  query ImpactRulesObjectImpacts($x1: ID!, $t1: ID!, $m2: ID!) {\n    match(id: $x1) {\n      impact {\n        ...ImpactWorldFigures\n      }\n      summaryText\n    }\n    division(id: $t1) {\n      impact {\n        ...ImpactWorldFigures\n      }\n    }\n    member(id: $m2) {\n      impact(from: \"2025\", to: \"2025\") {\n        outputValueYuan\n        householdRentYuan\n        areaMu\n      }\n    }\n  }\n": typeof types.ImpactRulesObjectImpactsDocument,
    "\n  query ImpactRulesReversedRange($x1: ID!) {\n    match(id: $x1) {\n      impact(from: \"2025\", to: \"2024\") {\n        records\n      }\n    }\n  }\n": typeof types.ImpactRulesReversedRangeDocument,
    "\n  query ImpactRulesMatchRecords($x1: ID!) {\n    match(id: $x1) {\n      impact {\n        records\n      }\n    }\n  }\n": typeof types.ImpactRulesMatchRecordsDocument,
    "\n  mutation ImpactRulesRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.ImpactRulesRecordDocument,
    "\n  query ImpactRulesIncome($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        collectiveIncomeYuan\n        unapprovedRecords\n      }\n    }\n  }\n": typeof types.ImpactRulesIncomeDocument,
    "\n  fragment ImpactWorldFigures on ImpactFigures {\n    areaMu\n    outputValueYuan\n    jobsPersonTimes\n    householdRentYuan\n    collectiveIncomeYuan\n    householdsBenefited\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n  }\n": typeof types.ImpactWorldFiguresFragmentDoc,
    "\n  query ImpactWorldSummary($filter: ImpactFilter, $groupBy: ImpactGrouping) {\n    impactSummary(filter: $filter, groupBy: $groupBy) {\n      totals {\n        ...ImpactWorldFigures\n      }\n      groups {\n        key\n        label\n        figures {\n          ...ImpactWorldFigures\n        }\n      }\n      groupsOverlap\n      excludedRecords\n    }\n  }\n": typeof types.ImpactWorldSummaryDocument,
    "\n  query SeededSentencesPlaces {\n    counties: divisions(level: COUNTY) {\n      items {\n        id\n        name\n      }\n    }\n    towns: divisions(level: TOWN) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SeededSentencesPlacesDocument,
    "\n  query SeededSentencesMatches {\n    matches(take: 10) {\n      items {\n        summaryText\n      }\n      totalItems\n    }\n  }\n": typeof types.SeededSentencesMatchesDocument,
    "\n  query SeededSentencesTeams {\n    serviceTeams(take: 10) {\n      items {\n        summaryText\n      }\n    }\n  }\n": typeof types.SeededSentencesTeamsDocument,
    "\n  query ArticleSeedVillageTree {\n    divisions(level: VILLAGE) {\n      items {\n        name\n        parent {\n          name\n          parent {\n            name\n            code\n            parent {\n              name\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArticleSeedVillageTreeDocument,
    "\n  query ArticleSeedRecords {\n    outcomeRecords(take: 10) {\n      items {\n        period\n        baseId\n        divisionId\n        matchId\n        teamId\n        areaMu\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        atLeast\n        source\n      }\n      totalItems\n    }\n  }\n": typeof types.ArticleSeedRecordsDocument,
    "\n  fragment ServiceActivitiesFields on ServiceActivity {\n    id\n    teamId\n    baseId\n    date\n    topic\n    farmersTrained\n    areaCoveredMu\n    team {\n      id\n    }\n    base {\n      id\n    }\n  }\n": typeof types.ServiceActivitiesFieldsFragmentDoc,
    "\n  mutation ServiceActivitiesRecord($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      ...ServiceActivitiesFields\n    }\n  }\n": typeof types.ServiceActivitiesRecordDocument,
    "\n  mutation ServiceActivitiesUpdate($input: UpdateServiceActivityInput!) {\n    updateServiceActivity(input: $input) {\n      ...ServiceActivitiesFields\n    }\n  }\n": typeof types.ServiceActivitiesUpdateDocument,
    "\n  mutation ServiceActivitiesDelete($id: ID!) {\n    deleteServiceActivity(id: $id)\n  }\n": typeof types.ServiceActivitiesDeleteDocument,
    "\n  query ServiceActivitiesOne($id: ID!) {\n    serviceActivity(id: $id) {\n      ...ServiceActivitiesFields\n    }\n  }\n": typeof types.ServiceActivitiesOneDocument,
    "\n  query ServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int, $take: Int) {\n    serviceActivities(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        topic\n      }\n      totalItems\n    }\n  }\n": typeof types.ServiceActivitiesListDocument,
    "\n  query ServiceActivitiesOfTeams($from: Date, $to: Date, $skip: Int, $take: Int) {\n    serviceTeams(take: 100) {\n      items {\n        id\n        activities(from: $from, to: $to, skip: $skip, take: $take) {\n          items {\n            topic\n            base {\n              id\n            }\n            team {\n              id\n            }\n          }\n          totalItems\n        }\n      }\n    }\n  }\n": typeof types.ServiceActivitiesOfTeamsDocument,
    "\n  fragment ServiceTeamsFields on ServiceTeam {\n    id\n    name\n    leaderId\n    memberIds\n    leader {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n": typeof types.ServiceTeamsFieldsFragmentDoc,
    "\n  mutation ServiceTeamsCreate($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      ...ServiceTeamsFields\n    }\n  }\n": typeof types.ServiceTeamsCreateDocument,
    "\n  mutation ServiceTeamsUpdate($input: UpdateServiceTeamInput!) {\n    updateServiceTeam(input: $input) {\n      ...ServiceTeamsFields\n    }\n  }\n": typeof types.ServiceTeamsUpdateDocument,
    "\n  mutation ServiceTeamsDelete($id: ID!) {\n    deleteServiceTeam(id: $id)\n  }\n": typeof types.ServiceTeamsDeleteDocument,
    "\n  mutation ServiceTeamsRecordActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.ServiceTeamsRecordActivityDocument,
    "\n  query ServiceTeamsOne($id: ID!) {\n    serviceTeam(id: $id) {\n      ...ServiceTeamsFields\n    }\n  }\n": typeof types.ServiceTeamsOneDocument,
    "\n  query ServiceTeamsPage($skip: Int, $take: Int) {\n    serviceTeams(skip: $skip, take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": typeof types.ServiceTeamsPageDocument,
    "\n  query ServiceTeamsOfMember($memberId: ID) {\n    serviceTeams(memberId: $memberId) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": typeof types.ServiceTeamsOfMemberDocument,
    "\n  query ServiceTeamsWholeList {\n    serviceTeams(take: 100) {\n      items {\n        name\n        leader {\n          id\n          ledTeams {\n            name\n          }\n        }\n        members {\n          id\n        }\n        memberIds\n      }\n    }\n  }\n": typeof types.ServiceTeamsWholeListDocument,
    "\n  mutation SheetsCommitteeOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.SheetsCommitteeOutcomeDocument,
    "\n  query SheetsCommitteeBoard($filter: SuggestionBoardFilter) {\n    suggestionBoard(filter: $filter) {\n      year\n      items {\n        light\n        daysLeft\n        suggestion {\n          title\n          deadline\n        }\n        unit {\n          name\n        }\n      }\n      units {\n        open\n        red\n        replied\n        unit {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SheetsCommitteeBoardDocument,
    "\n  query SheetsCommitteeFigures($filter: SuggestionFiguresFilter) {\n    suggestionFigures(filter: $filter) {\n      submitted\n      summaryText\n    }\n  }\n": typeof types.SheetsCommitteeFiguresDocument,
    "\n  query SheetsDutyEvents($filter: DutyEventFilter) {\n    dutyEvents(filter: $filter, take: 100) {\n      totalItems\n      items {\n        title\n        kind\n        heldOn\n        topic\n        place\n        divisionId\n        participants {\n          attendance\n          speeches\n          writtenSpeeches\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SheetsDutyEventsDocument,
    "\n  mutation SheetsDutyUndo($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      status\n    }\n  }\n": typeof types.SheetsDutyUndoDocument,
    "\n  query HistoryImports($kind: String) {\n    spreadsheetImports(kind: $kind, take: 10) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        status\n        fileName\n        sha256\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        finishedAt\n        progress {\n          rowsRead\n        }\n      }\n    }\n  }\n": typeof types.HistoryImportsDocument,
    "\n  mutation HistoryUndo($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneBy\n    }\n  }\n": typeof types.HistoryUndoDocument,
    "\n  query HistoryAudit($importId: ID) {\n    auditLog(filter: { importId: $importId }, take: 50) {\n      items {\n        action\n        entityType\n        importId\n      }\n    }\n  }\n": typeof types.HistoryAuditDocument,
    "\n  mutation HistoryUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.HistoryUpdateDocument,
    "\n  query SuggestionBoardOf($filter: SuggestionBoardFilter) {\n    suggestionBoard(filter: $filter) {\n      today\n      yellowDays\n      items {\n        suggestion {\n          id\n        }\n        unit {\n          id\n        }\n        light\n        daysLeft\n        keySupervision\n      }\n      units {\n        unitId\n        open\n        red\n        yellow\n        replied\n        repliedOnTime\n        onTimeRate\n        evaluated\n        satisfied\n        satisfactionRate\n      }\n    }\n  }\n": typeof types.SuggestionBoardOfDocument,
    "\n  query SuggestionRatesOf($year: Int, $divisionId: ID) {\n    suggestionUnitRates(year: $year, divisionId: $divisionId) {\n      unitId\n      onTimeRate\n      satisfactionRate\n      unit {\n        name\n      }\n    }\n  }\n": typeof types.SuggestionRatesOfDocument,
    "\n  query SuggestionFiguresOf($filter: SuggestionFiguresFilter) {\n    suggestionFigures(filter: $filter) {\n      researchVisits\n      submitted\n      filed\n      notFiled\n      replied\n      adopted\n      instructed\n      closed\n      summaryText\n    }\n  }\n": typeof types.SuggestionFiguresOfDocument,
    "\n  mutation SuggestionBoardResearch($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.SuggestionBoardResearchDocument,
    "\n  query SuggestionBoardList($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": typeof types.SuggestionBoardListDocument,
    "\n  mutation SuggestionBoardDecline($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      status\n      declineReason\n      turnedInto {\n        kind\n        status\n        authors {\n          id\n        }\n        source {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SuggestionBoardDeclineDocument,
    "\n  mutation SuggestionBoardInstruct($input: AddSuggestionInstructionInput!) {\n    addSuggestionInstruction(input: $input) {\n      id\n    }\n  }\n": typeof types.SuggestionBoardInstructDocument,
    "\n  mutation SuggestionBoardKey($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      keySupervision\n    }\n  }\n": typeof types.SuggestionBoardKeyDocument,
    "\n  query SuggestionLifeOne($id: ID!) {\n    suggestion(id: $id) {\n      id\n      status\n      version\n      round\n      deadline\n      light\n      daysLeft\n      leadUnit {\n        id\n      }\n      authors {\n        id\n      }\n      divisions {\n        id\n      }\n      bases {\n        id\n      }\n      assignments {\n        unitId\n        role\n        endedOn\n      }\n      opinions {\n        unitId\n        round\n      }\n      replies {\n        round\n        result\n        evaluation\n        late\n      }\n      steps {\n        action\n        statusAfter\n        actorName\n        note\n      }\n    }\n  }\n": typeof types.SuggestionLifeOneDocument,
    "\n  query SuggestionLifeList($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": typeof types.SuggestionLifeListDocument,
    "\n  mutation SuggestionLifeUpdate($input: UpdateSuggestionInput!) {\n    updateSuggestion(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.SuggestionLifeUpdateDocument,
    "\n  mutation SuggestionLifeOpinion($input: SendCoUnitOpinionInput!) {\n    sendCoUnitOpinion(input: $input) {\n      id\n    }\n  }\n": typeof types.SuggestionLifeOpinionDocument,
    "\n  mutation SuggestionLifeClose($input: SuggestionStepInput!) {\n    closeSuggestion(input: $input) {\n      id\n      status\n      closedOn\n    }\n  }\n": typeof types.SuggestionLifeCloseDocument,
    "\n  mutation SuggestionLifeReturn($input: ReturnSuggestionAssignmentInput!) {\n    returnSuggestionAssignment(input: $input) {\n      id\n      status\n      leadUnit {\n        id\n      }\n    }\n  }\n": typeof types.SuggestionLifeReturnDocument,
    "\n  mutation SuggestionLifeSettings($input: UpdateSuggestionSettingsInput!) {\n    updateSuggestionSettings(input: $input) {\n      yellowDays\n    }\n  }\n": typeof types.SuggestionLifeSettingsDocument,
    "\n  query SuggestionLifeAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        action\n        entityType\n      }\n    }\n  }\n": typeof types.SuggestionLifeAuditDocument,
    "\n  mutation SuggestionWorldUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.SuggestionWorldUnitDocument,
    "\n  mutation SuggestionWorldPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": typeof types.SuggestionWorldPostDocument,
    "\n  mutation SuggestionCreate($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SuggestionCreateDocument,
    "\n  mutation SuggestionSubmit($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n      status\n      submittedOn\n    }\n  }\n": typeof types.SuggestionSubmitDocument,
    "\n  mutation SuggestionFile($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n      status\n      filedOn\n    }\n  }\n": typeof types.SuggestionFileDocument,
    "\n  mutation SuggestionAssign($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n      status\n      deadline\n      round\n      light\n      daysLeft\n    }\n  }\n": typeof types.SuggestionAssignDocument,
    "\n  mutation SuggestionReply($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SuggestionReplyDocument,
    "\n  mutation SuggestionEvaluate($input: EvaluateSuggestionReplyInput!) {\n    evaluateSuggestionReply(input: $input) {\n      id\n      status\n      round\n      deadline\n    }\n  }\n": typeof types.SuggestionEvaluateDocument,
    "\n  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.ApprovalSubmitOutcomesDocument,
    "\n  mutation ApprovalApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.ApprovalApproveOutcomesDocument,
    "\n  mutation ClientLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.ClientLoginDocument,
    "\n  mutation ScopedCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.ScopedCreateUserDocument,
    "\n  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.ScopedCreateApiKeyDocument,
    "\n  fragment ApiKeysKeyFields on ApiKey {\n    id\n    name\n    role\n    divisionId\n    division {\n      id\n      name\n    }\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeysKeyFieldsFragmentDoc,
    "\n  mutation ApiKeysCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeysKeyFields\n      }\n    }\n  }\n": typeof types.ApiKeysCreateKeyDocument,
    "\n  query ApiKeysList {\n    apiKeys(take: 100) {\n      items {\n        ...ApiKeysKeyFields\n      }\n      totalItems\n    }\n  }\n": typeof types.ApiKeysListDocument,
    "\n  mutation ApiKeysRevoke($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.ApiKeysRevokeDocument,
    "\n  query ApiKeysBase($id: ID!) {\n    base(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ApiKeysBaseDocument,
    "\n  query ApiKeysBases {\n    bases(take: 100) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": typeof types.ApiKeysBasesDocument,
    "\n  mutation ApiKeysCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ApiKeysCreateBaseDocument,
    "\n  mutation ApiKeysUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ApiKeysUpdateBaseDocument,
    "\n  mutation ApiKeysRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.ApiKeysRecordDocument,
    "\n  query ApiKeysSummary {\n    impactSummary {\n      totals {\n        householdRentYuan\n        records\n        bases\n        villages\n        towns\n      }\n    }\n  }\n": typeof types.ApiKeysSummaryDocument,
    "\n  query ApiKeysAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        action\n        entityType\n        entityId\n        actor {\n          id\n          name\n          kind\n        }\n      }\n      totalItems\n    }\n  }\n": typeof types.ApiKeysAuditDocument,
    "\n  query ApiKeysTypeFields {\n    __type(name: \"ApiKey\") {\n      fields {\n        name\n      }\n    }\n  }\n": typeof types.ApiKeysTypeFieldsDocument,
    "\n  mutation ApiKeysCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      divisionId\n    }\n  }\n": typeof types.ApiKeysCreateUserDocument,
    "\n  mutation ApprovalRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n": typeof types.ApprovalRecordDocument,
    "\n  mutation ApprovalUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n      status\n      jobsPersonTimes\n    }\n  }\n": typeof types.ApprovalUpdateDocument,
    "\n  mutation ApprovalDelete($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n": typeof types.ApprovalDeleteDocument,
    "\n  mutation ApprovalSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.ApprovalSubmitDocument,
    "\n  mutation ApprovalApprove($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n": typeof types.ApprovalApproveDocument,
    "\n  mutation ApprovalReturn($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.ApprovalReturnDocument,
    "\n  mutation ApprovalReopen($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n": typeof types.ApprovalReopenDocument,
    "\n  query ApprovalOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApprovalOneDocument,
    "\n  fragment ApprovalFigures on ImpactFigures {\n    records\n    unapprovedRecords\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    householdsBenefited\n    bases\n    matches\n  }\n": typeof types.ApprovalFiguresFragmentDoc,
    "\n  query ApprovalSummary($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        ...ApprovalFigures\n      }\n    }\n  }\n": typeof types.ApprovalSummaryDocument,
    "\n  query ApprovalBaseImpact($id: ID!, $all: Boolean) {\n    base(id: $id) {\n      impact(includeUnapproved: $all) {\n        ...ApprovalFigures\n      }\n    }\n  }\n": typeof types.ApprovalBaseImpactDocument,
    "\n  query ApprovalMatchText($id: ID!, $all: Boolean) {\n    match(id: $id) {\n      summaryText(includeUnapproved: $all)\n    }\n  }\n": typeof types.ApprovalMatchTextDocument,
    "\n  query MatrixBase($id: ID!) {\n    base(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.MatrixBaseDocument,
    "\n  query MatrixBases {\n    bases(take: 100) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": typeof types.MatrixBasesDocument,
    "\n  query MatrixSummary {\n    impactSummary(filter: { from: \"2023\", to: \"2023\" }) {\n      totals {\n        householdRentYuan\n        records\n        bases\n      }\n    }\n  }\n": typeof types.MatrixSummaryDocument,
    "\n  mutation MatrixUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.MatrixUpdateBaseDocument,
    "\n  mutation MatrixRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": typeof types.MatrixRecordDocument,
    "\n  mutation MatrixSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.MatrixSubmitDocument,
    "\n  mutation MatrixApprove($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.MatrixApproveDocument,
    "\n  mutation MatrixVisit($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.MatrixVisitDocument,
    "\n  query MatrixAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        entityType\n        entityId\n      }\n      totalItems\n    }\n  }\n": typeof types.MatrixAuditDocument,
    "\n  query RateLimitMe {\n    me {\n      id\n      username\n    }\n  }\n": typeof types.RateLimitMeDocument,
    "\n  mutation RateLimitCreateEnterprise {\n    createEnterprise(input: { name: \"限流测试企业\" }) {\n      id\n    }\n  }\n": typeof types.RateLimitCreateEnterpriseDocument,
    "\n  query RateLimitNineFields {\n    a: me {\n      id\n    }\n    b: me {\n      id\n    }\n    c: me {\n      id\n    }\n    d: me {\n      id\n    }\n    e: me {\n      id\n    }\n    f: me {\n      id\n    }\n    g: me {\n      id\n    }\n    h: me {\n      id\n    }\n    i: me {\n      id\n    }\n  }\n": typeof types.RateLimitNineFieldsDocument,
    "\n  query SessionsMe {\n    me {\n      id\n      username\n    }\n  }\n": typeof types.SessionsMeDocument,
    "\n  mutation SessionsLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.SessionsLoginDocument,
    "\n  mutation SessionsLogout {\n    logout\n  }\n": typeof types.SessionsLogoutDocument,
    "\n  mutation SessionsChangePassword($old: String!, $new: String!) {\n    changePassword(oldPassword: $old, newPassword: $new)\n  }\n": typeof types.SessionsChangePasswordDocument,
    "\n  mutation SessionsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.SessionsCreateUserDocument,
};
const documents: Documents = {
    "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n      divisionId\n    }\n  }\n": types.AuthCreateUserDocument,
    "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n": types.AuthUpdateUserDocument,
    "\n  mutation AuthDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.AuthDeleteUserDocument,
    "\n  mutation AuthCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": types.AuthCreateDivisionDocument,
    "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthUsers {\n    users(take: 100) {\n      items {\n        username\n      }\n      totalItems\n    }\n  }\n": types.AuthUsersDocument,
    "\n  query AuthDivisionCount {\n    divisions {\n      totalItems\n    }\n  }\n": types.AuthDivisionCountDocument,
    "\n  query BasesStatementsPage($filter: BaseFilter, $skip: Int, $take: Int) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n      totalItems\n    }\n  }\n": types.BasesStatementsPageDocument,
    "\n  query BasesStatementsOne($id: ID!) {\n    base(id: $id) {\n      id\n      village {\n        id\n        name\n      }\n      town {\n        id\n        name\n      }\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.BasesStatementsOneDocument,
    "\n  query BasesStatementsWithoutOperators($filter: BaseFilter, $skip: Int) {\n    bases(filter: $filter, skip: $skip, take: 5) {\n      items {\n        id\n        village {\n          name\n        }\n        town {\n          name\n        }\n      }\n      totalItems\n    }\n  }\n": types.BasesStatementsWithoutOperatorsDocument,
    "\n  query BasesStatementsPastEnd($filter: BaseFilter) {\n    bases(filter: $filter, skip: 40, take: 5) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": types.BasesStatementsPastEndDocument,
    "\n  fragment BasesFields on Base {\n    id\n    name\n    villageId\n    areaMu\n    industry\n    operatingModel\n    operatorId\n    village {\n      id\n      name\n    }\n    town {\n      id\n      name\n    }\n    operator {\n      id\n      name\n    }\n  }\n": types.BasesFieldsFragmentDoc,
    "\n  mutation BasesCreate($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      ...BasesFields\n    }\n  }\n": types.BasesCreateDocument,
    "\n  mutation BasesUpdate($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      ...BasesFields\n    }\n  }\n": types.BasesUpdateDocument,
    "\n  mutation BasesDelete($id: ID!) {\n    deleteBase(id: $id)\n  }\n": types.BasesDeleteDocument,
    "\n  query BasesOne($id: ID!) {\n    base(id: $id) {\n      ...BasesFields\n    }\n  }\n": types.BasesOneDocument,
    "\n  query BasesList($filter: BaseFilter, $skip: Int, $take: Int) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        name\n      }\n      totalItems\n    }\n  }\n": types.BasesListDocument,
    "\n  query BrowserAdminUsers {\n    users(take: 100) {\n      items {\n        username\n        role\n        divisionId\n      }\n    }\n  }\n": types.BrowserAdminUsersDocument,
    "\n  mutation BrowserAdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.BrowserAdminCreateUserDocument,
    "\n  mutation BrowserApprovalsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.BrowserApprovalsCreateUserDocument,
    "\n  mutation BrowserApprovalsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.BrowserApprovalsRecordDocument,
    "\n  mutation BrowserApprovalsUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n": types.BrowserApprovalsUpdateDocument,
    "\n  query BrowserApprovalsOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      status\n      statusReason\n      recordedBy {\n        name\n        isCaller\n      }\n    }\n  }\n": types.BrowserApprovalsOneDocument,
    "\n  mutation BrowserApprovalsReturn($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n    }\n  }\n": types.BrowserApprovalsReturnDocument,
    "\n  query BrowserApprovalsImpact($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        records\n        householdRentYuan\n      }\n    }\n  }\n": types.BrowserApprovalsImpactDocument,
    "\n  query DashboardTotals($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        areaMu\n        outputValueYuan\n        householdsBenefited\n        unapprovedRecords\n      }\n    }\n  }\n": types.DashboardTotalsDocument,
    "\n  query DashboardSeededPlaces {\n    towns: divisions(level: TOWN) {\n      items {\n        id\n        name\n        parentId\n      }\n    }\n    villages: divisions(level: VILLAGE) {\n      items {\n        id\n        name\n      }\n    }\n    bases(take: 10) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.DashboardSeededPlacesDocument,
    "\n  mutation DashboardCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": types.DashboardCreateDivisionDocument,
    "\n  mutation DashboardRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.DashboardRecordOutcomeDocument,
    "\n  query BrowserImportsRecords($filter: ImpactFilter) {\n    outcomeRecords(filter: $filter, take: 100) {\n      totalItems\n      items {\n        period\n        areaMu\n        householdRentYuan\n        status\n      }\n    }\n  }\n": types.BrowserImportsRecordsDocument,
    "\n  query BrowserImportsAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      totalItems\n      items {\n        action\n      }\n    }\n  }\n": types.BrowserImportsAuditDocument,
    "\n  mutation MemberFileCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": types.MemberFileCreateDivisionDocument,
    "\n  mutation MemberFileCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n": types.MemberFileCreateMemberDocument,
    "\n  mutation MemberFileCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n": types.MemberFileCreateEnterpriseDocument,
    "\n  mutation MemberFileCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n": types.MemberFileCreateBaseDocument,
    "\n  mutation MemberFileCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n    }\n  }\n": types.MemberFileCreateMatchDocument,
    "\n  mutation MemberFileRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.MemberFileRecordOutcomeDocument,
    "\n  mutation MemberFileCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n": types.MemberFileCreateTeamDocument,
    "\n  mutation MemberFileRecordActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n": types.MemberFileRecordActivityDocument,
    "\n  mutation MemberFileRecordEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n": types.MemberFileRecordEventDocument,
    "\n  query MemberFileProposedRules($year: Int!) {\n    proposedDutyRuleSet(year: $year) {\n      year\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n": types.MemberFileProposedRulesDocument,
    "\n  mutation MemberFileSaveRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      version\n    }\n  }\n": types.MemberFileSaveRulesDocument,
    "\n  query MemberFileRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      version\n      categories {\n        code\n        cap\n      }\n    }\n  }\n": types.MemberFileRulesDocument,
    "\n  query MemberFileRanking($year: Int!) {\n    dutyRanking(year: $year, take: 100) {\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n        }\n      }\n    }\n  }\n": types.MemberFileRankingDocument,
    "\n  query MemberFileOfMember($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      total\n      grade\n      categories {\n        code\n        raw\n        counted\n      }\n      points {\n        sourceKind\n        title\n      }\n      brokeredMatches {\n        title\n        figures {\n          householdRentYuan\n          jobsPersonTimes\n          collectiveIncomeYuan\n        }\n      }\n    }\n  }\n": types.MemberFileOfMemberDocument,
    "\n  mutation MemberFileCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.MemberFileCreateUserDocument,
    "\n  mutation MemberFileSetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": types.MemberFileSetPostDocument,
    "\n  mutation BrowserSuggestionsUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.BrowserSuggestionsUserDocument,
    "\n  mutation BrowserSuggestionsPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": types.BrowserSuggestionsPostDocument,
    "\n  mutation BrowserSuggestionsKey($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      keySupervision\n    }\n  }\n": types.BrowserSuggestionsKeyDocument,
    "\n  query BrowserSuggestionsRates($year: Int) {\n    suggestionUnitRates(year: $year) {\n      unit {\n        name\n      }\n      replied\n      repliedOnTime\n      onTimeRate\n      evaluated\n      satisfied\n      satisfactionRate\n    }\n  }\n": types.BrowserSuggestionsRatesDocument,
    "\n  query BrowserSuggestionsOne($id: ID!) {\n    suggestion(id: $id) {\n      status\n      authors {\n        id\n      }\n      replies {\n        result\n        text\n      }\n    }\n  }\n": types.BrowserSuggestionsOneDocument,
    "\n  query BrowserSuggestionsMine($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.BrowserSuggestionsMineDocument,
    "\n  mutation CommitteeCreateUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n": types.CommitteeCreateUnitDocument,
    "\n  mutation CommitteeUpdateUnit($input: UpdateHandlingUnitInput!) {\n    updateHandlingUnit(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n": types.CommitteeUpdateUnitDocument,
    "\n  mutation CommitteeDeleteUnit($id: ID!) {\n    deleteHandlingUnit(id: $id)\n  }\n": types.CommitteeDeleteUnitDocument,
    "\n  query CommitteeUnits($search: String) {\n    handlingUnits(search: $search) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": types.CommitteeUnitsDocument,
    "\n  mutation CommitteeSetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n      committeePost {\n        kind\n        handlingUnit {\n          name\n        }\n        member {\n          name\n        }\n      }\n    }\n  }\n": types.CommitteeSetPostDocument,
    "\n  query CommitteeWhoAmI {\n    whoAmI {\n      committeePost {\n        kind\n        handlingUnit {\n          name\n        }\n      }\n    }\n  }\n": types.CommitteeWhoAmIDocument,
    "\n  mutation CommitteeRemovePost($userId: ID!) {\n    removeCommitteePost(userId: $userId) {\n      committeePost {\n        kind\n      }\n    }\n  }\n": types.CommitteeRemovePostDocument,
    "\n  mutation DutyEventsDeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n": types.DutyEventsDeleteMemberDocument,
    "\n  mutation DutyEventsUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      divisionId\n    }\n  }\n": types.DutyEventsUpdateMemberDocument,
    "\n  mutation DutyCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      divisionId\n    }\n  }\n": types.DutyCreateMemberDocument,
    "\n  mutation DutySetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": types.DutySetPostDocument,
    "\n  mutation DutyRecordEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n      version\n      kind\n      heldOn\n      participants {\n        memberId\n        attendance\n        speeches\n        writtenSpeeches\n        member {\n          name\n        }\n      }\n    }\n  }\n": types.DutyRecordEventDocument,
    "\n  mutation DutyUpdateEvent($input: UpdateDutyEventInput!) {\n    updateDutyEvent(input: $input) {\n      id\n      version\n      title\n      participants {\n        memberId\n        attendance\n      }\n    }\n  }\n": types.DutyUpdateEventDocument,
    "\n  mutation DutyDeleteEvent($id: ID!) {\n    deleteDutyEvent(id: $id)\n  }\n": types.DutyDeleteEventDocument,
    "\n  query DutyEvents($filter: DutyEventFilter, $skip: Int, $take: Int) {\n    dutyEvents(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        title\n        heldOn\n      }\n    }\n  }\n": types.DutyEventsDocument,
    "\n  query DutyEvent($id: ID!) {\n    dutyEvent(id: $id) {\n      id\n      title\n    }\n  }\n": types.DutyEventDocument,
    "\n  query DutyProposedRules($year: Int!) {\n    proposedDutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n": types.DutyProposedRulesDocument,
    "\n  query DutyRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      saved\n      version\n    }\n  }\n": types.DutyRulesDocument,
    "\n  mutation DutySaveRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      year\n      saved\n      version\n    }\n  }\n": types.DutySaveRulesDocument,
    "\n  query DutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int, $take: Int) {\n    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {\n      year\n      totalItems\n      ruleSet {\n        year\n        version\n      }\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n          name\n        }\n        categories {\n          code\n          raw\n          counted\n        }\n      }\n    }\n  }\n": types.DutyRankingDocument,
    "\n  query DutyFile($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      year\n      total\n      grade\n      basePoints\n      member {\n        id\n      }\n      ruleSet {\n        year\n      }\n      categories {\n        code\n        name\n        cap\n        raw\n        counted\n      }\n      points {\n        fact\n        category\n        quantity\n        pointsEach\n        points\n        sourceKind\n        sourceId\n        title\n        on\n      }\n      brokeredMatches {\n        matchId\n        title\n        status\n        signedOn\n        figures {\n          jobsPersonTimes\n          householdRentYuan\n        }\n      }\n    }\n  }\n": types.DutyFileDocument,
    "\n  mutation DutyCreateSuggestion($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n    }\n  }\n": types.DutyCreateSuggestionDocument,
    "\n  mutation DutySubmitSuggestion($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n    }\n  }\n": types.DutySubmitSuggestionDocument,
    "\n  mutation DutyFileSuggestion($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n    }\n  }\n": types.DutyFileSuggestionDocument,
    "\n  mutation DutyDeclineSuggestion($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.DutyDeclineSuggestionDocument,
    "\n  mutation DutyAssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n    }\n  }\n": types.DutyAssignSuggestionDocument,
    "\n  mutation DutyReplySuggestion($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.DutyReplySuggestionDocument,
    "\n  mutation DutyCreateUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n": types.DutyCreateUnitDocument,
    "\n  mutation DutyPointsCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n      version\n    }\n  }\n": types.DutyPointsCreateMatchDocument,
    "\n  mutation DutyPointsUpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      id\n      status\n    }\n  }\n": types.DutyPointsUpdateMatchDocument,
    "\n  fragment EnterprisesFields on Enterprise {\n    id\n    name\n    creditCode\n    industry\n  }\n": types.EnterprisesFieldsFragmentDoc,
    "\n  mutation EnterprisesCreate($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterprisesFields\n    }\n  }\n": types.EnterprisesCreateDocument,
    "\n  mutation EnterprisesUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      ...EnterprisesFields\n    }\n  }\n": types.EnterprisesUpdateDocument,
    "\n  mutation EnterprisesDelete($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": types.EnterprisesDeleteDocument,
    "\n  query EnterprisesOne($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterprisesFields\n    }\n  }\n": types.EnterprisesOneDocument,
    "\n  query EnterprisesList($search: String, $industry: String, $skip: Int, $take: Int) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": types.EnterprisesListDocument,
    "\n  mutation IdempotentCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n      name\n      village {\n        id\n      }\n    }\n  }\n": types.IdempotentCreateBaseDocument,
    "\n  mutation IdempotentCreateTwo($first: CreateBaseInput!, $second: CreateBaseInput!) {\n    first: createBase(input: $first) {\n      id\n    }\n    second: createBase(input: $second) {\n      id\n    }\n  }\n": types.IdempotentCreateTwoDocument,
    "\n  mutation IdempotentDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n": types.IdempotentDeleteBaseDocument,
    "\n  mutation DivisionsCreate($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n      name\n      level\n      code\n      parentId\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.DivisionsCreateDocument,
    "\n  mutation DivisionsUpdate($input: UpdateDivisionInput!) {\n    updateDivision(input: $input) {\n      id\n      name\n      level\n      code\n      parentId\n    }\n  }\n": types.DivisionsUpdateDocument,
    "\n  mutation DivisionsDelete($id: ID!) {\n    deleteDivision(id: $id)\n  }\n": types.DivisionsDeleteDocument,
    "\n  query DivisionsTree($id: ID!) {\n    division(id: $id) {\n      name\n      parent {\n        name\n      }\n      children {\n        name\n        level\n      }\n    }\n  }\n": types.DivisionsTreeDocument,
    "\n  query DivisionsTownsAndChildren($parentId: ID!) {\n    towns: divisions(level: TOWN) {\n      items {\n        name\n      }\n      totalItems\n    }\n    under: divisions(parentId: $parentId) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": types.DivisionsTownsAndChildrenDocument,
    "\n  query DivisionsId($id: ID!) {\n    division(id: $id) {\n      id\n    }\n  }\n": types.DivisionsIdDocument,
    "\n  query MatchesStatementsPage($filter: MatchFilter, $take: Int) {\n    matches(filter: $filter, take: $take) {\n      items {\n        id\n        impact {\n          householdRentYuan\n          jobsPersonTimes\n          areaMu\n          records\n          matches\n        }\n        summaryText\n      }\n      totalItems\n    }\n  }\n": types.MatchesStatementsPageDocument,
    "\n  query MatchesStatementsPageAlone($take: Int) {\n    matches(take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": types.MatchesStatementsPageAloneDocument,
    "\n  mutation MatchesStatementsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.MatchesStatementsRecordDocument,
    "\n  fragment MatchesFields on Match {\n    id\n    enterpriseId\n    villageId\n    baseId\n    status\n    signedOn\n    investmentYuan\n    brokerIds\n    enterprise {\n      id\n    }\n    village {\n      id\n    }\n    town {\n      id\n    }\n    base {\n      id\n    }\n    brokers {\n      id\n      name\n    }\n  }\n": types.MatchesFieldsFragmentDoc,
    "\n  mutation MatchesCreate($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      ...MatchesFields\n    }\n  }\n": types.MatchesCreateDocument,
    "\n  mutation MatchesUpdate($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      ...MatchesFields\n    }\n  }\n": types.MatchesUpdateDocument,
    "\n  mutation MatchesDelete($id: ID!) {\n    deleteMatch(id: $id)\n  }\n": types.MatchesDeleteDocument,
    "\n  query MatchesOne($id: ID!) {\n    match(id: $id) {\n      ...MatchesFields\n    }\n  }\n": types.MatchesOneDocument,
    "\n  query MatchesList($filter: MatchFilter, $skip: Int, $take: Int) {\n    matches(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": types.MatchesListDocument,
    "\n  query MatchesOfMemberEnterpriseBase($member: ID!, $enterprise: ID!, $base: ID!) {\n    member(id: $member) {\n      matches {\n        id\n        brokers {\n          id\n        }\n      }\n    }\n    enterprise(id: $enterprise) {\n      matches {\n        id\n      }\n    }\n    base(id: $base) {\n      matches {\n        id\n      }\n    }\n  }\n": types.MatchesOfMemberEnterpriseBaseDocument,
    "\n  fragment MembersFields on Member {\n    id\n    name\n    sector\n    title\n    enterpriseIds\n    enterprises {\n      id\n      name\n    }\n  }\n": types.MembersFieldsFragmentDoc,
    "\n  mutation MembersCreate($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MembersFields\n    }\n  }\n": types.MembersCreateDocument,
    "\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MembersFields\n    }\n  }\n": types.MembersUpdateDocument,
    "\n  mutation MembersDelete($id: ID!) {\n    deleteMember(id: $id)\n  }\n": types.MembersDeleteDocument,
    "\n  query MembersOne($id: ID!) {\n    member(id: $id) {\n      ...MembersFields\n    }\n  }\n": types.MembersOneDocument,
    "\n  query MembersList($search: String, $skip: Int, $take: Int) {\n    members(search: $search, skip: $skip, take: $take) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": types.MembersListDocument,
    "\n  query MembersOfEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      members {\n        name\n      }\n    }\n  }\n": types.MembersOfEnterpriseDocument,
    "\n  query MembersPageWithRelations {\n    members {\n      items {\n        name\n        enterprises {\n          name\n          members {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MembersPageWithRelationsDocument,
    "\n  query MembersEnterpriseId($id: ID!) {\n    enterprise(id: $id) {\n      id\n    }\n  }\n": types.MembersEnterpriseIdDocument,
    "\n  mutation MembersDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": types.MembersDeleteEnterpriseDocument,
    "\n  mutation QueueRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.QueueRecordDocument,
    "\n  mutation QueueUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n": types.QueueUpdateDocument,
    "\n  mutation QueueSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n    }\n  }\n": types.QueueSubmitDocument,
    "\n  query QueueList($statuses: [OutcomeStatus!], $filter: ImpactFilter) {\n    outcomeRecords(statuses: $statuses, filter: $filter, take: 100) {\n      totalItems\n      items {\n        id\n        status\n        recordedBy {\n          kind\n          id\n          name\n          isCaller\n        }\n        changedBy {\n          kind\n          id\n          name\n          isCaller\n        }\n      }\n    }\n  }\n": types.QueueListDocument,
    "\n  mutation OutcomeFiltersRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.OutcomeFiltersRecordDocument,
    "\n  query OutcomeFiltersList($filter: ImpactFilter, $skip: Int, $take: Int) {\n    outcomeRecords(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        base {\n          id\n        }\n        division {\n          id\n        }\n        match {\n          id\n        }\n        team {\n          id\n        }\n      }\n    }\n  }\n": types.OutcomeFiltersListDocument,
    "\n  fragment OutcomeRecordsFields on OutcomeRecord {\n    id\n    period\n    periodStart\n    periodEnd\n    baseId\n    divisionId\n    matchId\n    teamId\n    areaMu\n    outputValueYuan\n    jobsPersonTimes\n    householdRentYuan\n    collectiveIncomeYuan\n    householdsBenefited\n    atLeast\n    source\n  }\n": types.OutcomeRecordsFieldsFragmentDoc,
    "\n  mutation OutcomeRecordsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      ...OutcomeRecordsFields\n    }\n  }\n": types.OutcomeRecordsRecordDocument,
    "\n  mutation OutcomeRecordsUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      ...OutcomeRecordsFields\n    }\n  }\n": types.OutcomeRecordsUpdateDocument,
    "\n  mutation OutcomeRecordsDelete($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n": types.OutcomeRecordsDeleteDocument,
    "\n  query OutcomeRecordsOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      ...OutcomeRecordsFields\n      base {\n        id\n        name\n      }\n      division {\n        id\n        name\n      }\n      match {\n        id\n        baseId\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.OutcomeRecordsOneDocument,
    "\n  query OutcomeRecordsCount {\n    outcomeRecords {\n      totalItems\n    }\n  }\n": types.OutcomeRecordsCountDocument,
    "\n  query ImpactRulesObjectImpacts($x1: ID!, $t1: ID!, $m2: ID!) {\n    match(id: $x1) {\n      impact {\n        ...ImpactWorldFigures\n      }\n      summaryText\n    }\n    division(id: $t1) {\n      impact {\n        ...ImpactWorldFigures\n      }\n    }\n    member(id: $m2) {\n      impact(from: \"2025\", to: \"2025\") {\n        outputValueYuan\n        householdRentYuan\n        areaMu\n      }\n    }\n  }\n": types.ImpactRulesObjectImpactsDocument,
    "\n  query ImpactRulesReversedRange($x1: ID!) {\n    match(id: $x1) {\n      impact(from: \"2025\", to: \"2024\") {\n        records\n      }\n    }\n  }\n": types.ImpactRulesReversedRangeDocument,
    "\n  query ImpactRulesMatchRecords($x1: ID!) {\n    match(id: $x1) {\n      impact {\n        records\n      }\n    }\n  }\n": types.ImpactRulesMatchRecordsDocument,
    "\n  mutation ImpactRulesRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.ImpactRulesRecordDocument,
    "\n  query ImpactRulesIncome($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        collectiveIncomeYuan\n        unapprovedRecords\n      }\n    }\n  }\n": types.ImpactRulesIncomeDocument,
    "\n  fragment ImpactWorldFigures on ImpactFigures {\n    areaMu\n    outputValueYuan\n    jobsPersonTimes\n    householdRentYuan\n    collectiveIncomeYuan\n    householdsBenefited\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n  }\n": types.ImpactWorldFiguresFragmentDoc,
    "\n  query ImpactWorldSummary($filter: ImpactFilter, $groupBy: ImpactGrouping) {\n    impactSummary(filter: $filter, groupBy: $groupBy) {\n      totals {\n        ...ImpactWorldFigures\n      }\n      groups {\n        key\n        label\n        figures {\n          ...ImpactWorldFigures\n        }\n      }\n      groupsOverlap\n      excludedRecords\n    }\n  }\n": types.ImpactWorldSummaryDocument,
    "\n  query SeededSentencesPlaces {\n    counties: divisions(level: COUNTY) {\n      items {\n        id\n        name\n      }\n    }\n    towns: divisions(level: TOWN) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.SeededSentencesPlacesDocument,
    "\n  query SeededSentencesMatches {\n    matches(take: 10) {\n      items {\n        summaryText\n      }\n      totalItems\n    }\n  }\n": types.SeededSentencesMatchesDocument,
    "\n  query SeededSentencesTeams {\n    serviceTeams(take: 10) {\n      items {\n        summaryText\n      }\n    }\n  }\n": types.SeededSentencesTeamsDocument,
    "\n  query ArticleSeedVillageTree {\n    divisions(level: VILLAGE) {\n      items {\n        name\n        parent {\n          name\n          parent {\n            name\n            code\n            parent {\n              name\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ArticleSeedVillageTreeDocument,
    "\n  query ArticleSeedRecords {\n    outcomeRecords(take: 10) {\n      items {\n        period\n        baseId\n        divisionId\n        matchId\n        teamId\n        areaMu\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        atLeast\n        source\n      }\n      totalItems\n    }\n  }\n": types.ArticleSeedRecordsDocument,
    "\n  fragment ServiceActivitiesFields on ServiceActivity {\n    id\n    teamId\n    baseId\n    date\n    topic\n    farmersTrained\n    areaCoveredMu\n    team {\n      id\n    }\n    base {\n      id\n    }\n  }\n": types.ServiceActivitiesFieldsFragmentDoc,
    "\n  mutation ServiceActivitiesRecord($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      ...ServiceActivitiesFields\n    }\n  }\n": types.ServiceActivitiesRecordDocument,
    "\n  mutation ServiceActivitiesUpdate($input: UpdateServiceActivityInput!) {\n    updateServiceActivity(input: $input) {\n      ...ServiceActivitiesFields\n    }\n  }\n": types.ServiceActivitiesUpdateDocument,
    "\n  mutation ServiceActivitiesDelete($id: ID!) {\n    deleteServiceActivity(id: $id)\n  }\n": types.ServiceActivitiesDeleteDocument,
    "\n  query ServiceActivitiesOne($id: ID!) {\n    serviceActivity(id: $id) {\n      ...ServiceActivitiesFields\n    }\n  }\n": types.ServiceActivitiesOneDocument,
    "\n  query ServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int, $take: Int) {\n    serviceActivities(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        topic\n      }\n      totalItems\n    }\n  }\n": types.ServiceActivitiesListDocument,
    "\n  query ServiceActivitiesOfTeams($from: Date, $to: Date, $skip: Int, $take: Int) {\n    serviceTeams(take: 100) {\n      items {\n        id\n        activities(from: $from, to: $to, skip: $skip, take: $take) {\n          items {\n            topic\n            base {\n              id\n            }\n            team {\n              id\n            }\n          }\n          totalItems\n        }\n      }\n    }\n  }\n": types.ServiceActivitiesOfTeamsDocument,
    "\n  fragment ServiceTeamsFields on ServiceTeam {\n    id\n    name\n    leaderId\n    memberIds\n    leader {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n": types.ServiceTeamsFieldsFragmentDoc,
    "\n  mutation ServiceTeamsCreate($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      ...ServiceTeamsFields\n    }\n  }\n": types.ServiceTeamsCreateDocument,
    "\n  mutation ServiceTeamsUpdate($input: UpdateServiceTeamInput!) {\n    updateServiceTeam(input: $input) {\n      ...ServiceTeamsFields\n    }\n  }\n": types.ServiceTeamsUpdateDocument,
    "\n  mutation ServiceTeamsDelete($id: ID!) {\n    deleteServiceTeam(id: $id)\n  }\n": types.ServiceTeamsDeleteDocument,
    "\n  mutation ServiceTeamsRecordActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n": types.ServiceTeamsRecordActivityDocument,
    "\n  query ServiceTeamsOne($id: ID!) {\n    serviceTeam(id: $id) {\n      ...ServiceTeamsFields\n    }\n  }\n": types.ServiceTeamsOneDocument,
    "\n  query ServiceTeamsPage($skip: Int, $take: Int) {\n    serviceTeams(skip: $skip, take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": types.ServiceTeamsPageDocument,
    "\n  query ServiceTeamsOfMember($memberId: ID) {\n    serviceTeams(memberId: $memberId) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n": types.ServiceTeamsOfMemberDocument,
    "\n  query ServiceTeamsWholeList {\n    serviceTeams(take: 100) {\n      items {\n        name\n        leader {\n          id\n          ledTeams {\n            name\n          }\n        }\n        members {\n          id\n        }\n        memberIds\n      }\n    }\n  }\n": types.ServiceTeamsWholeListDocument,
    "\n  mutation SheetsCommitteeOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.SheetsCommitteeOutcomeDocument,
    "\n  query SheetsCommitteeBoard($filter: SuggestionBoardFilter) {\n    suggestionBoard(filter: $filter) {\n      year\n      items {\n        light\n        daysLeft\n        suggestion {\n          title\n          deadline\n        }\n        unit {\n          name\n        }\n      }\n      units {\n        open\n        red\n        replied\n        unit {\n          name\n        }\n      }\n    }\n  }\n": types.SheetsCommitteeBoardDocument,
    "\n  query SheetsCommitteeFigures($filter: SuggestionFiguresFilter) {\n    suggestionFigures(filter: $filter) {\n      submitted\n      summaryText\n    }\n  }\n": types.SheetsCommitteeFiguresDocument,
    "\n  query SheetsDutyEvents($filter: DutyEventFilter) {\n    dutyEvents(filter: $filter, take: 100) {\n      totalItems\n      items {\n        title\n        kind\n        heldOn\n        topic\n        place\n        divisionId\n        participants {\n          attendance\n          speeches\n          writtenSpeeches\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SheetsDutyEventsDocument,
    "\n  mutation SheetsDutyUndo($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      status\n    }\n  }\n": types.SheetsDutyUndoDocument,
    "\n  query HistoryImports($kind: String) {\n    spreadsheetImports(kind: $kind, take: 10) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        status\n        fileName\n        sha256\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        finishedAt\n        progress {\n          rowsRead\n        }\n      }\n    }\n  }\n": types.HistoryImportsDocument,
    "\n  mutation HistoryUndo($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneBy\n    }\n  }\n": types.HistoryUndoDocument,
    "\n  query HistoryAudit($importId: ID) {\n    auditLog(filter: { importId: $importId }, take: 50) {\n      items {\n        action\n        entityType\n        importId\n      }\n    }\n  }\n": types.HistoryAuditDocument,
    "\n  mutation HistoryUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n": types.HistoryUpdateDocument,
    "\n  query SuggestionBoardOf($filter: SuggestionBoardFilter) {\n    suggestionBoard(filter: $filter) {\n      today\n      yellowDays\n      items {\n        suggestion {\n          id\n        }\n        unit {\n          id\n        }\n        light\n        daysLeft\n        keySupervision\n      }\n      units {\n        unitId\n        open\n        red\n        yellow\n        replied\n        repliedOnTime\n        onTimeRate\n        evaluated\n        satisfied\n        satisfactionRate\n      }\n    }\n  }\n": types.SuggestionBoardOfDocument,
    "\n  query SuggestionRatesOf($year: Int, $divisionId: ID) {\n    suggestionUnitRates(year: $year, divisionId: $divisionId) {\n      unitId\n      onTimeRate\n      satisfactionRate\n      unit {\n        name\n      }\n    }\n  }\n": types.SuggestionRatesOfDocument,
    "\n  query SuggestionFiguresOf($filter: SuggestionFiguresFilter) {\n    suggestionFigures(filter: $filter) {\n      researchVisits\n      submitted\n      filed\n      notFiled\n      replied\n      adopted\n      instructed\n      closed\n      summaryText\n    }\n  }\n": types.SuggestionFiguresOfDocument,
    "\n  mutation SuggestionBoardResearch($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n": types.SuggestionBoardResearchDocument,
    "\n  query SuggestionBoardList($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": types.SuggestionBoardListDocument,
    "\n  mutation SuggestionBoardDecline($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      status\n      declineReason\n      turnedInto {\n        kind\n        status\n        authors {\n          id\n        }\n        source {\n          id\n        }\n      }\n    }\n  }\n": types.SuggestionBoardDeclineDocument,
    "\n  mutation SuggestionBoardInstruct($input: AddSuggestionInstructionInput!) {\n    addSuggestionInstruction(input: $input) {\n      id\n    }\n  }\n": types.SuggestionBoardInstructDocument,
    "\n  mutation SuggestionBoardKey($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      keySupervision\n    }\n  }\n": types.SuggestionBoardKeyDocument,
    "\n  query SuggestionLifeOne($id: ID!) {\n    suggestion(id: $id) {\n      id\n      status\n      version\n      round\n      deadline\n      light\n      daysLeft\n      leadUnit {\n        id\n      }\n      authors {\n        id\n      }\n      divisions {\n        id\n      }\n      bases {\n        id\n      }\n      assignments {\n        unitId\n        role\n        endedOn\n      }\n      opinions {\n        unitId\n        round\n      }\n      replies {\n        round\n        result\n        evaluation\n        late\n      }\n      steps {\n        action\n        statusAfter\n        actorName\n        note\n      }\n    }\n  }\n": types.SuggestionLifeOneDocument,
    "\n  query SuggestionLifeList($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": types.SuggestionLifeListDocument,
    "\n  mutation SuggestionLifeUpdate($input: UpdateSuggestionInput!) {\n    updateSuggestion(input: $input) {\n      id\n      title\n    }\n  }\n": types.SuggestionLifeUpdateDocument,
    "\n  mutation SuggestionLifeOpinion($input: SendCoUnitOpinionInput!) {\n    sendCoUnitOpinion(input: $input) {\n      id\n    }\n  }\n": types.SuggestionLifeOpinionDocument,
    "\n  mutation SuggestionLifeClose($input: SuggestionStepInput!) {\n    closeSuggestion(input: $input) {\n      id\n      status\n      closedOn\n    }\n  }\n": types.SuggestionLifeCloseDocument,
    "\n  mutation SuggestionLifeReturn($input: ReturnSuggestionAssignmentInput!) {\n    returnSuggestionAssignment(input: $input) {\n      id\n      status\n      leadUnit {\n        id\n      }\n    }\n  }\n": types.SuggestionLifeReturnDocument,
    "\n  mutation SuggestionLifeSettings($input: UpdateSuggestionSettingsInput!) {\n    updateSuggestionSettings(input: $input) {\n      yellowDays\n    }\n  }\n": types.SuggestionLifeSettingsDocument,
    "\n  query SuggestionLifeAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        action\n        entityType\n      }\n    }\n  }\n": types.SuggestionLifeAuditDocument,
    "\n  mutation SuggestionWorldUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n": types.SuggestionWorldUnitDocument,
    "\n  mutation SuggestionWorldPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n": types.SuggestionWorldPostDocument,
    "\n  mutation SuggestionCreate($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SuggestionCreateDocument,
    "\n  mutation SuggestionSubmit($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n      status\n      submittedOn\n    }\n  }\n": types.SuggestionSubmitDocument,
    "\n  mutation SuggestionFile($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n      status\n      filedOn\n    }\n  }\n": types.SuggestionFileDocument,
    "\n  mutation SuggestionAssign($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n      status\n      deadline\n      round\n      light\n      daysLeft\n    }\n  }\n": types.SuggestionAssignDocument,
    "\n  mutation SuggestionReply($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n": types.SuggestionReplyDocument,
    "\n  mutation SuggestionEvaluate($input: EvaluateSuggestionReplyInput!) {\n    evaluateSuggestionReply(input: $input) {\n      id\n      status\n      round\n      deadline\n    }\n  }\n": types.SuggestionEvaluateDocument,
    "\n  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.ApprovalSubmitOutcomesDocument,
    "\n  mutation ApprovalApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.ApprovalApproveOutcomesDocument,
    "\n  mutation ClientLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": types.ClientLoginDocument,
    "\n  mutation ScopedCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.ScopedCreateUserDocument,
    "\n  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.ScopedCreateApiKeyDocument,
    "\n  fragment ApiKeysKeyFields on ApiKey {\n    id\n    name\n    role\n    divisionId\n    division {\n      id\n      name\n    }\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeysKeyFieldsFragmentDoc,
    "\n  mutation ApiKeysCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeysKeyFields\n      }\n    }\n  }\n": types.ApiKeysCreateKeyDocument,
    "\n  query ApiKeysList {\n    apiKeys(take: 100) {\n      items {\n        ...ApiKeysKeyFields\n      }\n      totalItems\n    }\n  }\n": types.ApiKeysListDocument,
    "\n  mutation ApiKeysRevoke($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.ApiKeysRevokeDocument,
    "\n  query ApiKeysBase($id: ID!) {\n    base(id: $id) {\n      id\n      name\n    }\n  }\n": types.ApiKeysBaseDocument,
    "\n  query ApiKeysBases {\n    bases(take: 100) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": types.ApiKeysBasesDocument,
    "\n  mutation ApiKeysCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n      name\n    }\n  }\n": types.ApiKeysCreateBaseDocument,
    "\n  mutation ApiKeysUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      name\n    }\n  }\n": types.ApiKeysUpdateBaseDocument,
    "\n  mutation ApiKeysRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.ApiKeysRecordDocument,
    "\n  query ApiKeysSummary {\n    impactSummary {\n      totals {\n        householdRentYuan\n        records\n        bases\n        villages\n        towns\n      }\n    }\n  }\n": types.ApiKeysSummaryDocument,
    "\n  query ApiKeysAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        action\n        entityType\n        entityId\n        actor {\n          id\n          name\n          kind\n        }\n      }\n      totalItems\n    }\n  }\n": types.ApiKeysAuditDocument,
    "\n  query ApiKeysTypeFields {\n    __type(name: \"ApiKey\") {\n      fields {\n        name\n      }\n    }\n  }\n": types.ApiKeysTypeFieldsDocument,
    "\n  mutation ApiKeysCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      divisionId\n    }\n  }\n": types.ApiKeysCreateUserDocument,
    "\n  mutation ApprovalRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n": types.ApprovalRecordDocument,
    "\n  mutation ApprovalUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n      status\n      jobsPersonTimes\n    }\n  }\n": types.ApprovalUpdateDocument,
    "\n  mutation ApprovalDelete($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n": types.ApprovalDeleteDocument,
    "\n  mutation ApprovalSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.ApprovalSubmitDocument,
    "\n  mutation ApprovalApprove($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n": types.ApprovalApproveDocument,
    "\n  mutation ApprovalReturn($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.ApprovalReturnDocument,
    "\n  mutation ApprovalReopen($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n": types.ApprovalReopenDocument,
    "\n  query ApprovalOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApprovalOneDocument,
    "\n  fragment ApprovalFigures on ImpactFigures {\n    records\n    unapprovedRecords\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    householdsBenefited\n    bases\n    matches\n  }\n": types.ApprovalFiguresFragmentDoc,
    "\n  query ApprovalSummary($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        ...ApprovalFigures\n      }\n    }\n  }\n": types.ApprovalSummaryDocument,
    "\n  query ApprovalBaseImpact($id: ID!, $all: Boolean) {\n    base(id: $id) {\n      impact(includeUnapproved: $all) {\n        ...ApprovalFigures\n      }\n    }\n  }\n": types.ApprovalBaseImpactDocument,
    "\n  query ApprovalMatchText($id: ID!, $all: Boolean) {\n    match(id: $id) {\n      summaryText(includeUnapproved: $all)\n    }\n  }\n": types.ApprovalMatchTextDocument,
    "\n  query MatrixBase($id: ID!) {\n    base(id: $id) {\n      id\n      name\n    }\n  }\n": types.MatrixBaseDocument,
    "\n  query MatrixBases {\n    bases(take: 100) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n": types.MatrixBasesDocument,
    "\n  query MatrixSummary {\n    impactSummary(filter: { from: \"2023\", to: \"2023\" }) {\n      totals {\n        householdRentYuan\n        records\n        bases\n      }\n    }\n  }\n": types.MatrixSummaryDocument,
    "\n  mutation MatrixUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      name\n    }\n  }\n": types.MatrixUpdateBaseDocument,
    "\n  mutation MatrixRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n": types.MatrixRecordDocument,
    "\n  mutation MatrixSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.MatrixSubmitDocument,
    "\n  mutation MatrixApprove($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.MatrixApproveDocument,
    "\n  mutation MatrixVisit($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n": types.MatrixVisitDocument,
    "\n  query MatrixAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        entityType\n        entityId\n      }\n      totalItems\n    }\n  }\n": types.MatrixAuditDocument,
    "\n  query RateLimitMe {\n    me {\n      id\n      username\n    }\n  }\n": types.RateLimitMeDocument,
    "\n  mutation RateLimitCreateEnterprise {\n    createEnterprise(input: { name: \"限流测试企业\" }) {\n      id\n    }\n  }\n": types.RateLimitCreateEnterpriseDocument,
    "\n  query RateLimitNineFields {\n    a: me {\n      id\n    }\n    b: me {\n      id\n    }\n    c: me {\n      id\n    }\n    d: me {\n      id\n    }\n    e: me {\n      id\n    }\n    f: me {\n      id\n    }\n    g: me {\n      id\n    }\n    h: me {\n      id\n    }\n    i: me {\n      id\n    }\n  }\n": types.RateLimitNineFieldsDocument,
    "\n  query SessionsMe {\n    me {\n      id\n      username\n    }\n  }\n": types.SessionsMeDocument,
    "\n  mutation SessionsLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.SessionsLoginDocument,
    "\n  mutation SessionsLogout {\n    logout\n  }\n": types.SessionsLogoutDocument,
    "\n  mutation SessionsChangePassword($old: String!, $new: String!) {\n    changePassword(oldPassword: $old, newPassword: $new)\n  }\n": types.SessionsChangePasswordDocument,
    "\n  mutation SessionsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.SessionsCreateUserDocument,
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
export function graphql(source: "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n      divisionId\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n      divisionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation AuthDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n    }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me {\n      id\n      username\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthUsers {\n    users(take: 100) {\n      items {\n        username\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query AuthUsers {\n    users(take: 100) {\n      items {\n        username\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthDivisionCount {\n    divisions {\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query AuthDivisionCount {\n    divisions {\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BasesStatementsPage($filter: BaseFilter, $skip: Int, $take: Int) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query BasesStatementsPage($filter: BaseFilter, $skip: Int, $take: Int) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BasesStatementsOne($id: ID!) {\n    base(id: $id) {\n      id\n      village {\n        id\n        name\n      }\n      town {\n        id\n        name\n      }\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BasesStatementsOne($id: ID!) {\n    base(id: $id) {\n      id\n      village {\n        id\n        name\n      }\n      town {\n        id\n        name\n      }\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BasesStatementsWithoutOperators($filter: BaseFilter, $skip: Int) {\n    bases(filter: $filter, skip: $skip, take: 5) {\n      items {\n        id\n        village {\n          name\n        }\n        town {\n          name\n        }\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query BasesStatementsWithoutOperators($filter: BaseFilter, $skip: Int) {\n    bases(filter: $filter, skip: $skip, take: 5) {\n      items {\n        id\n        village {\n          name\n        }\n        town {\n          name\n        }\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BasesStatementsPastEnd($filter: BaseFilter) {\n    bases(filter: $filter, skip: 40, take: 5) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query BasesStatementsPastEnd($filter: BaseFilter) {\n    bases(filter: $filter, skip: 40, take: 5) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BasesFields on Base {\n    id\n    name\n    villageId\n    areaMu\n    industry\n    operatingModel\n    operatorId\n    village {\n      id\n      name\n    }\n    town {\n      id\n      name\n    }\n    operator {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment BasesFields on Base {\n    id\n    name\n    villageId\n    areaMu\n    industry\n    operatingModel\n    operatorId\n    village {\n      id\n      name\n    }\n    town {\n      id\n      name\n    }\n    operator {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BasesCreate($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      ...BasesFields\n    }\n  }\n"): (typeof documents)["\n  mutation BasesCreate($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      ...BasesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BasesUpdate($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      ...BasesFields\n    }\n  }\n"): (typeof documents)["\n  mutation BasesUpdate($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      ...BasesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BasesDelete($id: ID!) {\n    deleteBase(id: $id)\n  }\n"): (typeof documents)["\n  mutation BasesDelete($id: ID!) {\n    deleteBase(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BasesOne($id: ID!) {\n    base(id: $id) {\n      ...BasesFields\n    }\n  }\n"): (typeof documents)["\n  query BasesOne($id: ID!) {\n    base(id: $id) {\n      ...BasesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BasesList($filter: BaseFilter, $skip: Int, $take: Int) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        name\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query BasesList($filter: BaseFilter, $skip: Int, $take: Int) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        name\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserAdminUsers {\n    users(take: 100) {\n      items {\n        username\n        role\n        divisionId\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserAdminUsers {\n    users(take: 100) {\n      items {\n        username\n        role\n        divisionId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserAdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserAdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserApprovalsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserApprovalsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserApprovalsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserApprovalsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserApprovalsUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserApprovalsUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserApprovalsOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      status\n      statusReason\n      recordedBy {\n        name\n        isCaller\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserApprovalsOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      status\n      statusReason\n      recordedBy {\n        name\n        isCaller\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserApprovalsReturn($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserApprovalsReturn($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserApprovalsImpact($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        records\n        householdRentYuan\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserApprovalsImpact($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        records\n        householdRentYuan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTotals($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        areaMu\n        outputValueYuan\n        householdsBenefited\n        unapprovedRecords\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTotals($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        areaMu\n        outputValueYuan\n        householdsBenefited\n        unapprovedRecords\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSeededPlaces {\n    towns: divisions(level: TOWN) {\n      items {\n        id\n        name\n        parentId\n      }\n    }\n    villages: divisions(level: VILLAGE) {\n      items {\n        id\n        name\n      }\n    }\n    bases(take: 10) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardSeededPlaces {\n    towns: divisions(level: TOWN) {\n      items {\n        id\n        name\n        parentId\n      }\n    }\n    villages: divisions(level: VILLAGE) {\n      items {\n        id\n        name\n      }\n    }\n    bases(take: 10) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserImportsRecords($filter: ImpactFilter) {\n    outcomeRecords(filter: $filter, take: 100) {\n      totalItems\n      items {\n        period\n        areaMu\n        householdRentYuan\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserImportsRecords($filter: ImpactFilter) {\n    outcomeRecords(filter: $filter, take: 100) {\n      totalItems\n      items {\n        period\n        areaMu\n        householdRentYuan\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserImportsAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      totalItems\n      items {\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserImportsAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      totalItems\n      items {\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileRecordOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileRecordActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileRecordActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileRecordEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileRecordEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFileProposedRules($year: Int!) {\n    proposedDutyRuleSet(year: $year) {\n      year\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberFileProposedRules($year: Int!) {\n    proposedDutyRuleSet(year: $year) {\n      year\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileSaveRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileSaveRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFileRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      version\n      categories {\n        code\n        cap\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberFileRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      version\n      categories {\n        code\n        cap\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFileRanking($year: Int!) {\n    dutyRanking(year: $year, take: 100) {\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberFileRanking($year: Int!) {\n    dutyRanking(year: $year, take: 100) {\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFileOfMember($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      total\n      grade\n      categories {\n        code\n        raw\n        counted\n      }\n      points {\n        sourceKind\n        title\n      }\n      brokeredMatches {\n        title\n        figures {\n          householdRentYuan\n          jobsPersonTimes\n          collectiveIncomeYuan\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberFileOfMember($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      total\n      grade\n      categories {\n        code\n        raw\n        counted\n      }\n      points {\n        sourceKind\n        title\n      }\n      brokeredMatches {\n        title\n        figures {\n          householdRentYuan\n          jobsPersonTimes\n          collectiveIncomeYuan\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberFileSetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberFileSetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserSuggestionsUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserSuggestionsUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserSuggestionsPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserSuggestionsPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserSuggestionsKey($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      keySupervision\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserSuggestionsKey($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      keySupervision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserSuggestionsRates($year: Int) {\n    suggestionUnitRates(year: $year) {\n      unit {\n        name\n      }\n      replied\n      repliedOnTime\n      onTimeRate\n      evaluated\n      satisfied\n      satisfactionRate\n    }\n  }\n"): (typeof documents)["\n  query BrowserSuggestionsRates($year: Int) {\n    suggestionUnitRates(year: $year) {\n      unit {\n        name\n      }\n      replied\n      repliedOnTime\n      onTimeRate\n      evaluated\n      satisfied\n      satisfactionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserSuggestionsOne($id: ID!) {\n    suggestion(id: $id) {\n      status\n      authors {\n        id\n      }\n      replies {\n        result\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserSuggestionsOne($id: ID!) {\n    suggestion(id: $id) {\n      status\n      authors {\n        id\n      }\n      replies {\n        result\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserSuggestionsMine($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserSuggestionsMine($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeCreateUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeCreateUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeUpdateUnit($input: UpdateHandlingUnitInput!) {\n    updateHandlingUnit(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeUpdateUnit($input: UpdateHandlingUnitInput!) {\n    updateHandlingUnit(input: $input) {\n      id\n      name\n      contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeDeleteUnit($id: ID!) {\n    deleteHandlingUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation CommitteeDeleteUnit($id: ID!) {\n    deleteHandlingUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeUnits($search: String) {\n    handlingUnits(search: $search) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query CommitteeUnits($search: String) {\n    handlingUnits(search: $search) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeSetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n      committeePost {\n        kind\n        handlingUnit {\n          name\n        }\n        member {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeSetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n      committeePost {\n        kind\n        handlingUnit {\n          name\n        }\n        member {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeWhoAmI {\n    whoAmI {\n      committeePost {\n        kind\n        handlingUnit {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeWhoAmI {\n    whoAmI {\n      committeePost {\n        kind\n        handlingUnit {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeRemovePost($userId: ID!) {\n    removeCommitteePost(userId: $userId) {\n      committeePost {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeRemovePost($userId: ID!) {\n    removeCommitteePost(userId: $userId) {\n      committeePost {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyEventsDeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation DutyEventsDeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyEventsUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      divisionId\n    }\n  }\n"): (typeof documents)["\n  mutation DutyEventsUpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      divisionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      divisionId\n    }\n  }\n"): (typeof documents)["\n  mutation DutyCreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      divisionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutySetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DutySetPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyRecordEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n      version\n      kind\n      heldOn\n      participants {\n        memberId\n        attendance\n        speeches\n        writtenSpeeches\n        member {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DutyRecordEvent($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n      version\n      kind\n      heldOn\n      participants {\n        memberId\n        attendance\n        speeches\n        writtenSpeeches\n        member {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyUpdateEvent($input: UpdateDutyEventInput!) {\n    updateDutyEvent(input: $input) {\n      id\n      version\n      title\n      participants {\n        memberId\n        attendance\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DutyUpdateEvent($input: UpdateDutyEventInput!) {\n    updateDutyEvent(input: $input) {\n      id\n      version\n      title\n      participants {\n        memberId\n        attendance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyDeleteEvent($id: ID!) {\n    deleteDutyEvent(id: $id)\n  }\n"): (typeof documents)["\n  mutation DutyDeleteEvent($id: ID!) {\n    deleteDutyEvent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyEvents($filter: DutyEventFilter, $skip: Int, $take: Int) {\n    dutyEvents(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        title\n        heldOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyEvents($filter: DutyEventFilter, $skip: Int, $take: Int) {\n    dutyEvents(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        title\n        heldOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyEvent($id: ID!) {\n    dutyEvent(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query DutyEvent($id: ID!) {\n    dutyEvent(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyProposedRules($year: Int!) {\n    proposedDutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyProposedRules($year: Int!) {\n    proposedDutyRuleSet(year: $year) {\n      year\n      saved\n      version\n      basePoints\n      excellentFrom\n      goodFrom\n      competentFrom\n      categories {\n        code\n        name\n        cap\n        floor\n      }\n      items {\n        fact\n        category\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      saved\n      version\n    }\n  }\n"): (typeof documents)["\n  query DutyRules($year: Int!) {\n    dutyRuleSet(year: $year) {\n      year\n      saved\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutySaveRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      year\n      saved\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DutySaveRules($input: SaveDutyRuleSetInput!) {\n    saveDutyRuleSet(input: $input) {\n      year\n      saved\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int, $take: Int) {\n    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {\n      year\n      totalItems\n      ruleSet {\n        year\n        version\n      }\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n          name\n        }\n        categories {\n          code\n          raw\n          counted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int, $take: Int) {\n    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {\n      year\n      totalItems\n      ruleSet {\n        year\n        version\n      }\n      items {\n        rank\n        total\n        grade\n        member {\n          id\n          name\n        }\n        categories {\n          code\n          raw\n          counted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyFile($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      year\n      total\n      grade\n      basePoints\n      member {\n        id\n      }\n      ruleSet {\n        year\n      }\n      categories {\n        code\n        name\n        cap\n        raw\n        counted\n      }\n      points {\n        fact\n        category\n        quantity\n        pointsEach\n        points\n        sourceKind\n        sourceId\n        title\n        on\n      }\n      brokeredMatches {\n        matchId\n        title\n        status\n        signedOn\n        figures {\n          jobsPersonTimes\n          householdRentYuan\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DutyFile($memberId: ID!, $year: Int!) {\n    memberDutyFile(memberId: $memberId, year: $year) {\n      year\n      total\n      grade\n      basePoints\n      member {\n        id\n      }\n      ruleSet {\n        year\n      }\n      categories {\n        code\n        name\n        cap\n        raw\n        counted\n      }\n      points {\n        fact\n        category\n        quantity\n        pointsEach\n        points\n        sourceKind\n        sourceId\n        title\n        on\n      }\n      brokeredMatches {\n        matchId\n        title\n        status\n        signedOn\n        figures {\n          jobsPersonTimes\n          householdRentYuan\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyCreateSuggestion($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DutyCreateSuggestion($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutySubmitSuggestion($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DutySubmitSuggestion($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyFileSuggestion($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DutyFileSuggestion($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyDeclineSuggestion($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DutyDeclineSuggestion($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyAssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DutyAssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyReplySuggestion($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DutyReplySuggestion($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyCreateUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DutyCreateUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyPointsCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DutyPointsCreateMatch($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyPointsUpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DutyPointsUpdateMatch($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterprisesFields on Enterprise {\n    id\n    name\n    creditCode\n    industry\n  }\n"): (typeof documents)["\n  fragment EnterprisesFields on Enterprise {\n    id\n    name\n    creditCode\n    industry\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterprisesCreate($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterprisesFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnterprisesCreate($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterprisesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterprisesUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      ...EnterprisesFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnterprisesUpdate($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      ...EnterprisesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterprisesDelete($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"): (typeof documents)["\n  mutation EnterprisesDelete($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterprisesOne($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterprisesFields\n    }\n  }\n"): (typeof documents)["\n  query EnterprisesOne($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterprisesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterprisesList($search: String, $industry: String, $skip: Int, $take: Int) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query EnterprisesList($search: String, $industry: String, $skip: Int, $take: Int) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n      name\n      village {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdempotentCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n      name\n      village {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentCreateTwo($first: CreateBaseInput!, $second: CreateBaseInput!) {\n    first: createBase(input: $first) {\n      id\n    }\n    second: createBase(input: $second) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IdempotentCreateTwo($first: CreateBaseInput!, $second: CreateBaseInput!) {\n    first: createBase(input: $first) {\n      id\n    }\n    second: createBase(input: $second) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n"): (typeof documents)["\n  mutation IdempotentDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DivisionsCreate($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n      name\n      level\n      code\n      parentId\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DivisionsCreate($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n      name\n      level\n      code\n      parentId\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DivisionsUpdate($input: UpdateDivisionInput!) {\n    updateDivision(input: $input) {\n      id\n      name\n      level\n      code\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation DivisionsUpdate($input: UpdateDivisionInput!) {\n    updateDivision(input: $input) {\n      id\n      name\n      level\n      code\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DivisionsDelete($id: ID!) {\n    deleteDivision(id: $id)\n  }\n"): (typeof documents)["\n  mutation DivisionsDelete($id: ID!) {\n    deleteDivision(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DivisionsTree($id: ID!) {\n    division(id: $id) {\n      name\n      parent {\n        name\n      }\n      children {\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query DivisionsTree($id: ID!) {\n    division(id: $id) {\n      name\n      parent {\n        name\n      }\n      children {\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DivisionsTownsAndChildren($parentId: ID!) {\n    towns: divisions(level: TOWN) {\n      items {\n        name\n      }\n      totalItems\n    }\n    under: divisions(parentId: $parentId) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query DivisionsTownsAndChildren($parentId: ID!) {\n    towns: divisions(level: TOWN) {\n      items {\n        name\n      }\n      totalItems\n    }\n    under: divisions(parentId: $parentId) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DivisionsId($id: ID!) {\n    division(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DivisionsId($id: ID!) {\n    division(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesStatementsPage($filter: MatchFilter, $take: Int) {\n    matches(filter: $filter, take: $take) {\n      items {\n        id\n        impact {\n          householdRentYuan\n          jobsPersonTimes\n          areaMu\n          records\n          matches\n        }\n        summaryText\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query MatchesStatementsPage($filter: MatchFilter, $take: Int) {\n    matches(filter: $filter, take: $take) {\n      items {\n        id\n        impact {\n          householdRentYuan\n          jobsPersonTimes\n          areaMu\n          records\n          matches\n        }\n        summaryText\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesStatementsPageAlone($take: Int) {\n    matches(take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query MatchesStatementsPageAlone($take: Int) {\n    matches(take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchesStatementsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatchesStatementsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchesFields on Match {\n    id\n    enterpriseId\n    villageId\n    baseId\n    status\n    signedOn\n    investmentYuan\n    brokerIds\n    enterprise {\n      id\n    }\n    village {\n      id\n    }\n    town {\n      id\n    }\n    base {\n      id\n    }\n    brokers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MatchesFields on Match {\n    id\n    enterpriseId\n    villageId\n    baseId\n    status\n    signedOn\n    investmentYuan\n    brokerIds\n    enterprise {\n      id\n    }\n    village {\n      id\n    }\n    town {\n      id\n    }\n    base {\n      id\n    }\n    brokers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchesCreate($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      ...MatchesFields\n    }\n  }\n"): (typeof documents)["\n  mutation MatchesCreate($input: CreateMatchInput!) {\n    createMatch(input: $input) {\n      ...MatchesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchesUpdate($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      ...MatchesFields\n    }\n  }\n"): (typeof documents)["\n  mutation MatchesUpdate($input: UpdateMatchInput!) {\n    updateMatch(input: $input) {\n      ...MatchesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchesDelete($id: ID!) {\n    deleteMatch(id: $id)\n  }\n"): (typeof documents)["\n  mutation MatchesDelete($id: ID!) {\n    deleteMatch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesOne($id: ID!) {\n    match(id: $id) {\n      ...MatchesFields\n    }\n  }\n"): (typeof documents)["\n  query MatchesOne($id: ID!) {\n    match(id: $id) {\n      ...MatchesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesList($filter: MatchFilter, $skip: Int, $take: Int) {\n    matches(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query MatchesList($filter: MatchFilter, $skip: Int, $take: Int) {\n    matches(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchesOfMemberEnterpriseBase($member: ID!, $enterprise: ID!, $base: ID!) {\n    member(id: $member) {\n      matches {\n        id\n        brokers {\n          id\n        }\n      }\n    }\n    enterprise(id: $enterprise) {\n      matches {\n        id\n      }\n    }\n    base(id: $base) {\n      matches {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchesOfMemberEnterpriseBase($member: ID!, $enterprise: ID!, $base: ID!) {\n    member(id: $member) {\n      matches {\n        id\n        brokers {\n          id\n        }\n      }\n    }\n    enterprise(id: $enterprise) {\n      matches {\n        id\n      }\n    }\n    base(id: $base) {\n      matches {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersFields on Member {\n    id\n    name\n    sector\n    title\n    enterpriseIds\n    enterprises {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MembersFields on Member {\n    id\n    name\n    sector\n    title\n    enterpriseIds\n    enterprises {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersCreate($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MembersFields\n    }\n  }\n"): (typeof documents)["\n  mutation MembersCreate($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MembersFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MembersFields\n    }\n  }\n"): (typeof documents)["\n  mutation MembersUpdate($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MembersFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersDelete($id: ID!) {\n    deleteMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation MembersDelete($id: ID!) {\n    deleteMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersOne($id: ID!) {\n    member(id: $id) {\n      ...MembersFields\n    }\n  }\n"): (typeof documents)["\n  query MembersOne($id: ID!) {\n    member(id: $id) {\n      ...MembersFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersList($search: String, $skip: Int, $take: Int) {\n    members(search: $search, skip: $skip, take: $take) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query MembersList($search: String, $skip: Int, $take: Int) {\n    members(search: $search, skip: $skip, take: $take) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersOfEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      members {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersOfEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      members {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPageWithRelations {\n    members {\n      items {\n        name\n        enterprises {\n          name\n          members {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersPageWithRelations {\n    members {\n      items {\n        name\n        enterprises {\n          name\n          members {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersEnterpriseId($id: ID!) {\n    enterprise(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MembersEnterpriseId($id: ID!) {\n    enterprise(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"): (typeof documents)["\n  mutation MembersDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueueRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueueUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueueSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueList($statuses: [OutcomeStatus!], $filter: ImpactFilter) {\n    outcomeRecords(statuses: $statuses, filter: $filter, take: 100) {\n      totalItems\n      items {\n        id\n        status\n        recordedBy {\n          kind\n          id\n          name\n          isCaller\n        }\n        changedBy {\n          kind\n          id\n          name\n          isCaller\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueList($statuses: [OutcomeStatus!], $filter: ImpactFilter) {\n    outcomeRecords(statuses: $statuses, filter: $filter, take: 100) {\n      totalItems\n      items {\n        id\n        status\n        recordedBy {\n          kind\n          id\n          name\n          isCaller\n        }\n        changedBy {\n          kind\n          id\n          name\n          isCaller\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeFiltersRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomeFiltersRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeFiltersList($filter: ImpactFilter, $skip: Int, $take: Int) {\n    outcomeRecords(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        base {\n          id\n        }\n        division {\n          id\n        }\n        match {\n          id\n        }\n        team {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutcomeFiltersList($filter: ImpactFilter, $skip: Int, $take: Int) {\n    outcomeRecords(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        base {\n          id\n        }\n        division {\n          id\n        }\n        match {\n          id\n        }\n        team {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeRecordsFields on OutcomeRecord {\n    id\n    period\n    periodStart\n    periodEnd\n    baseId\n    divisionId\n    matchId\n    teamId\n    areaMu\n    outputValueYuan\n    jobsPersonTimes\n    householdRentYuan\n    collectiveIncomeYuan\n    householdsBenefited\n    atLeast\n    source\n  }\n"): (typeof documents)["\n  fragment OutcomeRecordsFields on OutcomeRecord {\n    id\n    period\n    periodStart\n    periodEnd\n    baseId\n    divisionId\n    matchId\n    teamId\n    areaMu\n    outputValueYuan\n    jobsPersonTimes\n    householdRentYuan\n    collectiveIncomeYuan\n    householdsBenefited\n    atLeast\n    source\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeRecordsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      ...OutcomeRecordsFields\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomeRecordsRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      ...OutcomeRecordsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeRecordsUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      ...OutcomeRecordsFields\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomeRecordsUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      ...OutcomeRecordsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomeRecordsDelete($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n"): (typeof documents)["\n  mutation OutcomeRecordsDelete($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeRecordsOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      ...OutcomeRecordsFields\n      base {\n        id\n        name\n      }\n      division {\n        id\n        name\n      }\n      match {\n        id\n        baseId\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutcomeRecordsOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      ...OutcomeRecordsFields\n      base {\n        id\n        name\n      }\n      division {\n        id\n        name\n      }\n      match {\n        id\n        baseId\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeRecordsCount {\n    outcomeRecords {\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query OutcomeRecordsCount {\n    outcomeRecords {\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactRulesObjectImpacts($x1: ID!, $t1: ID!, $m2: ID!) {\n    match(id: $x1) {\n      impact {\n        ...ImpactWorldFigures\n      }\n      summaryText\n    }\n    division(id: $t1) {\n      impact {\n        ...ImpactWorldFigures\n      }\n    }\n    member(id: $m2) {\n      impact(from: \"2025\", to: \"2025\") {\n        outputValueYuan\n        householdRentYuan\n        areaMu\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactRulesObjectImpacts($x1: ID!, $t1: ID!, $m2: ID!) {\n    match(id: $x1) {\n      impact {\n        ...ImpactWorldFigures\n      }\n      summaryText\n    }\n    division(id: $t1) {\n      impact {\n        ...ImpactWorldFigures\n      }\n    }\n    member(id: $m2) {\n      impact(from: \"2025\", to: \"2025\") {\n        outputValueYuan\n        householdRentYuan\n        areaMu\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactRulesReversedRange($x1: ID!) {\n    match(id: $x1) {\n      impact(from: \"2025\", to: \"2024\") {\n        records\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactRulesReversedRange($x1: ID!) {\n    match(id: $x1) {\n      impact(from: \"2025\", to: \"2024\") {\n        records\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactRulesMatchRecords($x1: ID!) {\n    match(id: $x1) {\n      impact {\n        records\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactRulesMatchRecords($x1: ID!) {\n    match(id: $x1) {\n      impact {\n        records\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpactRulesRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ImpactRulesRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactRulesIncome($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        collectiveIncomeYuan\n        unapprovedRecords\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactRulesIncome($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        collectiveIncomeYuan\n        unapprovedRecords\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactWorldFigures on ImpactFigures {\n    areaMu\n    outputValueYuan\n    jobsPersonTimes\n    householdRentYuan\n    collectiveIncomeYuan\n    householdsBenefited\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n  }\n"): (typeof documents)["\n  fragment ImpactWorldFigures on ImpactFigures {\n    areaMu\n    outputValueYuan\n    jobsPersonTimes\n    householdRentYuan\n    collectiveIncomeYuan\n    householdsBenefited\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactWorldSummary($filter: ImpactFilter, $groupBy: ImpactGrouping) {\n    impactSummary(filter: $filter, groupBy: $groupBy) {\n      totals {\n        ...ImpactWorldFigures\n      }\n      groups {\n        key\n        label\n        figures {\n          ...ImpactWorldFigures\n        }\n      }\n      groupsOverlap\n      excludedRecords\n    }\n  }\n"): (typeof documents)["\n  query ImpactWorldSummary($filter: ImpactFilter, $groupBy: ImpactGrouping) {\n    impactSummary(filter: $filter, groupBy: $groupBy) {\n      totals {\n        ...ImpactWorldFigures\n      }\n      groups {\n        key\n        label\n        figures {\n          ...ImpactWorldFigures\n        }\n      }\n      groupsOverlap\n      excludedRecords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededSentencesPlaces {\n    counties: divisions(level: COUNTY) {\n      items {\n        id\n        name\n      }\n    }\n    towns: divisions(level: TOWN) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeededSentencesPlaces {\n    counties: divisions(level: COUNTY) {\n      items {\n        id\n        name\n      }\n    }\n    towns: divisions(level: TOWN) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededSentencesMatches {\n    matches(take: 10) {\n      items {\n        summaryText\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query SeededSentencesMatches {\n    matches(take: 10) {\n      items {\n        summaryText\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeededSentencesTeams {\n    serviceTeams(take: 10) {\n      items {\n        summaryText\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeededSentencesTeams {\n    serviceTeams(take: 10) {\n      items {\n        summaryText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleSeedVillageTree {\n    divisions(level: VILLAGE) {\n      items {\n        name\n        parent {\n          name\n          parent {\n            name\n            code\n            parent {\n              name\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleSeedVillageTree {\n    divisions(level: VILLAGE) {\n      items {\n        name\n        parent {\n          name\n          parent {\n            name\n            code\n            parent {\n              name\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleSeedRecords {\n    outcomeRecords(take: 10) {\n      items {\n        period\n        baseId\n        divisionId\n        matchId\n        teamId\n        areaMu\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        atLeast\n        source\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query ArticleSeedRecords {\n    outcomeRecords(take: 10) {\n      items {\n        period\n        baseId\n        divisionId\n        matchId\n        teamId\n        areaMu\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        atLeast\n        source\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceActivitiesFields on ServiceActivity {\n    id\n    teamId\n    baseId\n    date\n    topic\n    farmersTrained\n    areaCoveredMu\n    team {\n      id\n    }\n    base {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceActivitiesFields on ServiceActivity {\n    id\n    teamId\n    baseId\n    date\n    topic\n    farmersTrained\n    areaCoveredMu\n    team {\n      id\n    }\n    base {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceActivitiesRecord($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      ...ServiceActivitiesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceActivitiesRecord($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      ...ServiceActivitiesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceActivitiesUpdate($input: UpdateServiceActivityInput!) {\n    updateServiceActivity(input: $input) {\n      ...ServiceActivitiesFields\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceActivitiesUpdate($input: UpdateServiceActivityInput!) {\n    updateServiceActivity(input: $input) {\n      ...ServiceActivitiesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceActivitiesDelete($id: ID!) {\n    deleteServiceActivity(id: $id)\n  }\n"): (typeof documents)["\n  mutation ServiceActivitiesDelete($id: ID!) {\n    deleteServiceActivity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceActivitiesOne($id: ID!) {\n    serviceActivity(id: $id) {\n      ...ServiceActivitiesFields\n    }\n  }\n"): (typeof documents)["\n  query ServiceActivitiesOne($id: ID!) {\n    serviceActivity(id: $id) {\n      ...ServiceActivitiesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int, $take: Int) {\n    serviceActivities(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        topic\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query ServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int, $take: Int) {\n    serviceActivities(filter: $filter, skip: $skip, take: $take) {\n      items {\n        id\n        topic\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceActivitiesOfTeams($from: Date, $to: Date, $skip: Int, $take: Int) {\n    serviceTeams(take: 100) {\n      items {\n        id\n        activities(from: $from, to: $to, skip: $skip, take: $take) {\n          items {\n            topic\n            base {\n              id\n            }\n            team {\n              id\n            }\n          }\n          totalItems\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceActivitiesOfTeams($from: Date, $to: Date, $skip: Int, $take: Int) {\n    serviceTeams(take: 100) {\n      items {\n        id\n        activities(from: $from, to: $to, skip: $skip, take: $take) {\n          items {\n            topic\n            base {\n              id\n            }\n            team {\n              id\n            }\n          }\n          totalItems\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceTeamsFields on ServiceTeam {\n    id\n    name\n    leaderId\n    memberIds\n    leader {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceTeamsFields on ServiceTeam {\n    id\n    name\n    leaderId\n    memberIds\n    leader {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceTeamsCreate($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      ...ServiceTeamsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceTeamsCreate($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      ...ServiceTeamsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceTeamsUpdate($input: UpdateServiceTeamInput!) {\n    updateServiceTeam(input: $input) {\n      ...ServiceTeamsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceTeamsUpdate($input: UpdateServiceTeamInput!) {\n    updateServiceTeam(input: $input) {\n      ...ServiceTeamsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceTeamsDelete($id: ID!) {\n    deleteServiceTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation ServiceTeamsDelete($id: ID!) {\n    deleteServiceTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceTeamsRecordActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ServiceTeamsRecordActivity($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTeamsOne($id: ID!) {\n    serviceTeam(id: $id) {\n      ...ServiceTeamsFields\n    }\n  }\n"): (typeof documents)["\n  query ServiceTeamsOne($id: ID!) {\n    serviceTeam(id: $id) {\n      ...ServiceTeamsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTeamsPage($skip: Int, $take: Int) {\n    serviceTeams(skip: $skip, take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query ServiceTeamsPage($skip: Int, $take: Int) {\n    serviceTeams(skip: $skip, take: $take) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTeamsOfMember($memberId: ID) {\n    serviceTeams(memberId: $memberId) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query ServiceTeamsOfMember($memberId: ID) {\n    serviceTeams(memberId: $memberId) {\n      items {\n        name\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTeamsWholeList {\n    serviceTeams(take: 100) {\n      items {\n        name\n        leader {\n          id\n          ledTeams {\n            name\n          }\n        }\n        members {\n          id\n        }\n        memberIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceTeamsWholeList {\n    serviceTeams(take: 100) {\n      items {\n        name\n        leader {\n          id\n          ledTeams {\n            name\n          }\n        }\n        members {\n          id\n        }\n        memberIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SheetsCommitteeOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SheetsCommitteeOutcome($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetsCommitteeBoard($filter: SuggestionBoardFilter) {\n    suggestionBoard(filter: $filter) {\n      year\n      items {\n        light\n        daysLeft\n        suggestion {\n          title\n          deadline\n        }\n        unit {\n          name\n        }\n      }\n      units {\n        open\n        red\n        replied\n        unit {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SheetsCommitteeBoard($filter: SuggestionBoardFilter) {\n    suggestionBoard(filter: $filter) {\n      year\n      items {\n        light\n        daysLeft\n        suggestion {\n          title\n          deadline\n        }\n        unit {\n          name\n        }\n      }\n      units {\n        open\n        red\n        replied\n        unit {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetsCommitteeFigures($filter: SuggestionFiguresFilter) {\n    suggestionFigures(filter: $filter) {\n      submitted\n      summaryText\n    }\n  }\n"): (typeof documents)["\n  query SheetsCommitteeFigures($filter: SuggestionFiguresFilter) {\n    suggestionFigures(filter: $filter) {\n      submitted\n      summaryText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetsDutyEvents($filter: DutyEventFilter) {\n    dutyEvents(filter: $filter, take: 100) {\n      totalItems\n      items {\n        title\n        kind\n        heldOn\n        topic\n        place\n        divisionId\n        participants {\n          attendance\n          speeches\n          writtenSpeeches\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SheetsDutyEvents($filter: DutyEventFilter) {\n    dutyEvents(filter: $filter, take: 100) {\n      totalItems\n      items {\n        title\n        kind\n        heldOn\n        topic\n        place\n        divisionId\n        participants {\n          attendance\n          speeches\n          writtenSpeeches\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SheetsDutyUndo($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SheetsDutyUndo($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryImports($kind: String) {\n    spreadsheetImports(kind: $kind, take: 10) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        status\n        fileName\n        sha256\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        finishedAt\n        progress {\n          rowsRead\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HistoryImports($kind: String) {\n    spreadsheetImports(kind: $kind, take: 10) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        status\n        fileName\n        sha256\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        finishedAt\n        progress {\n          rowsRead\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryUndo($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneBy\n    }\n  }\n"): (typeof documents)["\n  mutation HistoryUndo($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryAudit($importId: ID) {\n    auditLog(filter: { importId: $importId }, take: 50) {\n      items {\n        action\n        entityType\n        importId\n      }\n    }\n  }\n"): (typeof documents)["\n  query HistoryAudit($importId: ID) {\n    auditLog(filter: { importId: $importId }, take: 50) {\n      items {\n        action\n        entityType\n        importId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HistoryUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionBoardOf($filter: SuggestionBoardFilter) {\n    suggestionBoard(filter: $filter) {\n      today\n      yellowDays\n      items {\n        suggestion {\n          id\n        }\n        unit {\n          id\n        }\n        light\n        daysLeft\n        keySupervision\n      }\n      units {\n        unitId\n        open\n        red\n        yellow\n        replied\n        repliedOnTime\n        onTimeRate\n        evaluated\n        satisfied\n        satisfactionRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionBoardOf($filter: SuggestionBoardFilter) {\n    suggestionBoard(filter: $filter) {\n      today\n      yellowDays\n      items {\n        suggestion {\n          id\n        }\n        unit {\n          id\n        }\n        light\n        daysLeft\n        keySupervision\n      }\n      units {\n        unitId\n        open\n        red\n        yellow\n        replied\n        repliedOnTime\n        onTimeRate\n        evaluated\n        satisfied\n        satisfactionRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionRatesOf($year: Int, $divisionId: ID) {\n    suggestionUnitRates(year: $year, divisionId: $divisionId) {\n      unitId\n      onTimeRate\n      satisfactionRate\n      unit {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionRatesOf($year: Int, $divisionId: ID) {\n    suggestionUnitRates(year: $year, divisionId: $divisionId) {\n      unitId\n      onTimeRate\n      satisfactionRate\n      unit {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionFiguresOf($filter: SuggestionFiguresFilter) {\n    suggestionFigures(filter: $filter) {\n      researchVisits\n      submitted\n      filed\n      notFiled\n      replied\n      adopted\n      instructed\n      closed\n      summaryText\n    }\n  }\n"): (typeof documents)["\n  query SuggestionFiguresOf($filter: SuggestionFiguresFilter) {\n    suggestionFigures(filter: $filter) {\n      researchVisits\n      submitted\n      filed\n      notFiled\n      replied\n      adopted\n      instructed\n      closed\n      summaryText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionBoardResearch($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionBoardResearch($input: RecordDutyEventInput!) {\n    recordDutyEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionBoardList($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query SuggestionBoardList($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionBoardDecline($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      status\n      declineReason\n      turnedInto {\n        kind\n        status\n        authors {\n          id\n        }\n        source {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionBoardDecline($input: DeclineSuggestionInput!) {\n    declineSuggestion(input: $input) {\n      status\n      declineReason\n      turnedInto {\n        kind\n        status\n        authors {\n          id\n        }\n        source {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionBoardInstruct($input: AddSuggestionInstructionInput!) {\n    addSuggestionInstruction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionBoardInstruct($input: AddSuggestionInstructionInput!) {\n    addSuggestionInstruction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionBoardKey($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      keySupervision\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionBoardKey($input: MarkKeySupervisionInput!) {\n    markKeySupervision(input: $input) {\n      keySupervision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionLifeOne($id: ID!) {\n    suggestion(id: $id) {\n      id\n      status\n      version\n      round\n      deadline\n      light\n      daysLeft\n      leadUnit {\n        id\n      }\n      authors {\n        id\n      }\n      divisions {\n        id\n      }\n      bases {\n        id\n      }\n      assignments {\n        unitId\n        role\n        endedOn\n      }\n      opinions {\n        unitId\n        round\n      }\n      replies {\n        round\n        result\n        evaluation\n        late\n      }\n      steps {\n        action\n        statusAfter\n        actorName\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionLifeOne($id: ID!) {\n    suggestion(id: $id) {\n      id\n      status\n      version\n      round\n      deadline\n      light\n      daysLeft\n      leadUnit {\n        id\n      }\n      authors {\n        id\n      }\n      divisions {\n        id\n      }\n      bases {\n        id\n      }\n      assignments {\n        unitId\n        role\n        endedOn\n      }\n      opinions {\n        unitId\n        round\n      }\n      replies {\n        round\n        result\n        evaluation\n        late\n      }\n      steps {\n        action\n        statusAfter\n        actorName\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionLifeList($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query SuggestionLifeList($filter: SuggestionFilter) {\n    suggestions(filter: $filter) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionLifeUpdate($input: UpdateSuggestionInput!) {\n    updateSuggestion(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionLifeUpdate($input: UpdateSuggestionInput!) {\n    updateSuggestion(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionLifeOpinion($input: SendCoUnitOpinionInput!) {\n    sendCoUnitOpinion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionLifeOpinion($input: SendCoUnitOpinionInput!) {\n    sendCoUnitOpinion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionLifeClose($input: SuggestionStepInput!) {\n    closeSuggestion(input: $input) {\n      id\n      status\n      closedOn\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionLifeClose($input: SuggestionStepInput!) {\n    closeSuggestion(input: $input) {\n      id\n      status\n      closedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionLifeReturn($input: ReturnSuggestionAssignmentInput!) {\n    returnSuggestionAssignment(input: $input) {\n      id\n      status\n      leadUnit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionLifeReturn($input: ReturnSuggestionAssignmentInput!) {\n    returnSuggestionAssignment(input: $input) {\n      id\n      status\n      leadUnit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionLifeSettings($input: UpdateSuggestionSettingsInput!) {\n    updateSuggestionSettings(input: $input) {\n      yellowDays\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionLifeSettings($input: UpdateSuggestionSettingsInput!) {\n    updateSuggestionSettings(input: $input) {\n      yellowDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionLifeAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        action\n        entityType\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionLifeAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        action\n        entityType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionWorldUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionWorldUnit($input: CreateHandlingUnitInput!) {\n    createHandlingUnit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionWorldPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionWorldPost($input: SetCommitteePostInput!) {\n    setCommitteePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionCreate($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionCreate($input: CreateSuggestionInput!) {\n    createSuggestion(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionSubmit($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n      status\n      submittedOn\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionSubmit($input: SuggestionStepInput!) {\n    submitSuggestion(input: $input) {\n      id\n      status\n      submittedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionFile($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n      status\n      filedOn\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionFile($input: FileSuggestionInput!) {\n    fileSuggestion(input: $input) {\n      id\n      status\n      filedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionAssign($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n      status\n      deadline\n      round\n      light\n      daysLeft\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionAssign($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      id\n      status\n      deadline\n      round\n      light\n      daysLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionReply($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionReply($input: ReplyToSuggestionInput!) {\n    replyToSuggestion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionEvaluate($input: EvaluateSuggestionReplyInput!) {\n    evaluateSuggestionReply(input: $input) {\n      id\n      status\n      round\n      deadline\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionEvaluate($input: EvaluateSuggestionReplyInput!) {\n    evaluateSuggestionReply(input: $input) {\n      id\n      status\n      round\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ClientLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopedCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScopedCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeysKeyFields on ApiKey {\n    id\n    name\n    role\n    divisionId\n    division {\n      id\n      name\n    }\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeysKeyFields on ApiKey {\n    id\n    name\n    role\n    divisionId\n    division {\n      id\n      name\n    }\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeysKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeysKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysList {\n    apiKeys(take: 100) {\n      items {\n        ...ApiKeysKeyFields\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysList {\n    apiKeys(take: 100) {\n      items {\n        ...ApiKeysKeyFields\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysRevoke($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation ApiKeysRevoke($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysBase($id: ID!) {\n    base(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysBase($id: ID!) {\n    base(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysBases {\n    bases(take: 100) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysBases {\n    bases(take: 100) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysSummary {\n    impactSummary {\n      totals {\n        householdRentYuan\n        records\n        bases\n        villages\n        towns\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysSummary {\n    impactSummary {\n      totals {\n        householdRentYuan\n        records\n        bases\n        villages\n        towns\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        action\n        entityType\n        entityId\n        actor {\n          id\n          name\n          kind\n        }\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        action\n        entityType\n        entityId\n        actor {\n          id\n          name\n          kind\n        }\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysTypeFields {\n    __type(name: \"ApiKey\") {\n      fields {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeysTypeFields {\n    __type(name: \"ApiKey\") {\n      fields {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      divisionId\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeysCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      divisionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n      status\n      jobsPersonTimes\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalUpdate($input: UpdateOutcomeRecordInput!) {\n    updateOutcomeRecord(input: $input) {\n      id\n      status\n      jobsPersonTimes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalDelete($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n"): (typeof documents)["\n  mutation ApprovalDelete($id: ID!) {\n    deleteOutcomeRecord(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalApprove($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalApprove($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalReturn($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalReturn($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalReopen($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalReopen($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n      approvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query ApprovalOne($id: ID!) {\n    outcomeRecord(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalFigures on ImpactFigures {\n    records\n    unapprovedRecords\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    householdsBenefited\n    bases\n    matches\n  }\n"): (typeof documents)["\n  fragment ApprovalFigures on ImpactFigures {\n    records\n    unapprovedRecords\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    householdsBenefited\n    bases\n    matches\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalSummary($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        ...ApprovalFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalSummary($filter: ImpactFilter) {\n    impactSummary(filter: $filter) {\n      totals {\n        ...ApprovalFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalBaseImpact($id: ID!, $all: Boolean) {\n    base(id: $id) {\n      impact(includeUnapproved: $all) {\n        ...ApprovalFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalBaseImpact($id: ID!, $all: Boolean) {\n    base(id: $id) {\n      impact(includeUnapproved: $all) {\n        ...ApprovalFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalMatchText($id: ID!, $all: Boolean) {\n    match(id: $id) {\n      summaryText(includeUnapproved: $all)\n    }\n  }\n"): (typeof documents)["\n  query ApprovalMatchText($id: ID!, $all: Boolean) {\n    match(id: $id) {\n      summaryText(includeUnapproved: $all)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixBase($id: ID!) {\n    base(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MatrixBase($id: ID!) {\n    base(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixBases {\n    bases(take: 100) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query MatrixBases {\n    bases(take: 100) {\n      items {\n        id\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixSummary {\n    impactSummary(filter: { from: \"2023\", to: \"2023\" }) {\n      totals {\n        householdRentYuan\n        records\n        bases\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatrixSummary {\n    impactSummary(filter: { from: \"2023\", to: \"2023\" }) {\n      totals {\n        householdRentYuan\n        records\n        bases\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixRecord($input: RecordOutcomeInput!) {\n    recordOutcome(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixSubmit($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixApprove($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixApprove($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixVisit($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixVisit($input: RecordServiceActivityInput!) {\n    recordServiceActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        entityType\n        entityId\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query MatrixAudit($filter: AuditFilter) {\n    auditLog(filter: $filter, take: 100) {\n      items {\n        entityType\n        entityId\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitMe {\n    me {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  query RateLimitMe {\n    me {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitCreateEnterprise {\n    createEnterprise(input: { name: \"限流测试企业\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RateLimitCreateEnterprise {\n    createEnterprise(input: { name: \"限流测试企业\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitNineFields {\n    a: me {\n      id\n    }\n    b: me {\n      id\n    }\n    c: me {\n      id\n    }\n    d: me {\n      id\n    }\n    e: me {\n      id\n    }\n    f: me {\n      id\n    }\n    g: me {\n      id\n    }\n    h: me {\n      id\n    }\n    i: me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RateLimitNineFields {\n    a: me {\n      id\n    }\n    b: me {\n      id\n    }\n    c: me {\n      id\n    }\n    d: me {\n      id\n    }\n    e: me {\n      id\n    }\n    f: me {\n      id\n    }\n    g: me {\n      id\n    }\n    h: me {\n      id\n    }\n    i: me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsMe {\n    me {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  query SessionsMe {\n    me {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation SessionsLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsChangePassword($old: String!, $new: String!) {\n    changePassword(oldPassword: $old, newPassword: $new)\n  }\n"): (typeof documents)["\n  mutation SessionsChangePassword($old: String!, $new: String!) {\n    changePassword(oldPassword: $old, newPassword: $new)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;