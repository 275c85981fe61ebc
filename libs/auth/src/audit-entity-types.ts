/** The API's names of audited things (GraphQL type names) and the tables the audit trigger names. */
export const AUDIT_ENTITY_TABLES: Record<string, string> = {
  Division: 'division',
  Enterprise: 'enterprise',
  Member: 'member',
  MemberEnterprise: 'member_enterprise',
  Base: 'base',
  Match: 'match',
  MatchBroker: 'match_broker',
  ServiceTeam: 'service_team',
  ServiceTeamMember: 'service_team_member',
  ServiceActivity: 'service_activity',
  OutcomeRecord: 'outcome_record',
  User: 'app_user',
  ApiKey: 'api_key',
  HandlingUnit: 'handling_unit',
  CommitteePost: 'committee_post',
  Suggestion: 'suggestion',
  SuggestionAuthor: 'suggestion_author',
  SuggestionDivision: 'suggestion_division',
  SuggestionBase: 'suggestion_base',
  SuggestionMatch: 'suggestion_match',
  SuggestionAssignment: 'suggestion_assignment',
  SuggestionOpinion: 'suggestion_opinion',
  SuggestionReply: 'suggestion_reply',
  SuggestionInstruction: 'suggestion_instruction',
  SuggestionSupervisionNote: 'suggestion_supervision_note',
  SuggestionStep: 'suggestion_step',
  SuggestionSettings: 'suggestion_settings',
  DutyEvent: 'duty_event',
  DutyParticipant: 'duty_participant',
  DutyRuleSet: 'duty_rule_set',
};

const BY_TABLE = new Map(Object.entries(AUDIT_ENTITY_TABLES).map(([type, table]) => [table, type]));

export function entityTypeOfTable(table: string): string {
  return BY_TABLE.get(table) ?? table;
}
