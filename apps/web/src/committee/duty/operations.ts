import { graphql } from '../../generated';

/** The duty pages' operations (履职活动, 积分排名, 一人一档, 积分规则). */

export const DutyEventsListQuery = graphql(`
  query ConsoleDutyEventsList($filter: DutyEventFilter, $skip: Int!, $take: Int!) {
    dutyEvents(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        kind
        title
        heldOn
        place
        participants {
          memberId
          attendance
        }
      }
    }
  }
`);

export const DutyEventQuery = graphql(`
  query ConsoleDutyEvent($id: ID!) {
    dutyEvent(id: $id) {
      id
      version
      divisionId
      kind
      title
      topic
      heldOn
      place
      participants {
        memberId
        attendance
        speeches
        writtenSpeeches
        member {
          id
          name
          sector
        }
      }
    }
  }
`);

export const RecordDutyEventMutation = graphql(`
  mutation ConsoleRecordDutyEvent($input: RecordDutyEventInput!) {
    recordDutyEvent(input: $input) {
      id
    }
  }
`);

export const UpdateDutyEventMutation = graphql(`
  mutation ConsoleUpdateDutyEvent($input: UpdateDutyEventInput!) {
    updateDutyEvent(input: $input) {
      id
      version
    }
  }
`);

export const DeleteDutyEventMutation = graphql(`
  mutation ConsoleDeleteDutyEvent($id: ID!) {
    deleteDutyEvent(id: $id)
  }
`);

export const DutyRankingQuery = graphql(`
  query ConsoleDutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int!, $take: Int!) {
    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {
      year
      totalItems
      ruleSet {
        year
        saved
        categories {
          code
          name
          cap
        }
      }
      items {
        rank
        total
        grade
        member {
          id
          name
          sector
        }
        categories {
          code
          counted
        }
      }
    }
  }
`);

export const MemberDutyFileQuery = graphql(`
  query ConsoleMemberDutyFile($memberId: ID!, $year: Int!) {
    memberDutyFile(memberId: $memberId, year: $year) {
      year
      total
      grade
      basePoints
      member {
        id
        name
        sector
        title
        divisionId
      }
      ruleSet {
        year
        saved
        excellentFrom
        goodFrom
        competentFrom
      }
      categories {
        code
        name
        raw
        floor
        cap
        counted
      }
      points {
        fact
        category
        quantity
        pointsEach
        points
        sourceKind
        sourceId
        title
        on
      }
      brokeredMatches {
        matchId
        title
        status
        signedOn
        figures {
          householdRentYuan
          jobsPersonTimes
          collectiveIncomeYuan
          atLeast
        }
      }
    }
  }
`);

/** The member's name when the file cannot be read (the year's rules not saved yet). */
export const DutyMemberQuery = graphql(`
  query ConsoleDutyMember($id: ID!) {
    member(id: $id) {
      id
      name
      sector
      title
    }
  }
`);

export const DivisionNameQuery = graphql(`
  query ConsoleDutyDivisionName($id: ID!) {
    division(id: $id) {
      id
      name
    }
  }
`);

export const DutyRulesQuery = graphql(`
  query ConsoleDutyRules($year: Int!) {
    dutyRuleSet(year: $year) {
      year
      saved
      version
      basePoints
      excellentFrom
      goodFrom
      competentFrom
      categories {
        code
        name
        cap
        floor
      }
      items {
        fact
        category
        points
      }
    }
    proposedDutyRuleSet(year: $year) {
      year
      saved
      version
      basePoints
      excellentFrom
      goodFrom
      competentFrom
      categories {
        code
        name
        cap
        floor
      }
      items {
        fact
        category
        points
      }
    }
  }
`);

export const SaveDutyRulesMutation = graphql(`
  mutation ConsoleSaveDutyRules($input: SaveDutyRuleSetInput!) {
    saveDutyRuleSet(input: $input) {
      year
      saved
      version
    }
  }
`);
