/**
 * Who reads suggestions, as the statements need it: the caller's scope, and their post in the
 * committee's work. A unit's staff see only what is assigned to their unit; everyone else sees
 * what is past DRAFT in their scope, plus the drafts they author (members) or all drafts (office).
 */
export interface SuggestionViewer {
  scope: string | null;
  office: boolean;
  /** The member a member's own account belongs to. */
  memberId: string | null;
  /** The unit a unit's staff account answers for. */
  unitId: string | null;
}
