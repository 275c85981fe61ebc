import { reactive } from 'vue';

/** Who is signed in, as the header shows it (from `whoAmI`). */
export interface SignedInCaller {
  id: string;
  name: string;
  role: 'ADMIN' | 'EDITOR' | 'VIEWER';
  division: { id: string; name: string; level: string } | null;
  /** The account's post in the committee's work (政协办, a handling unit's staff, a member). */
  committeePost: {
    kind: CommitteePostKind;
    handlingUnit: { id: string; name: string } | null;
    member: { id: string; name: string } | null;
  } | null;
}

export type CommitteePostKind = 'OFFICE' | 'UNIT' | 'MEMBER';

interface StoredSession {
  token: string;
  expiresAt: string;
}

const STORAGE_KEY = 'rural-console-session';

/**
 * The console's session: the bearer token from `login`, when it stops working, and who it
 * belongs to. Kept in localStorage so a leader's phone stays signed in until the token expires;
 * a timer signs out at that moment, with the reason shown on the sign-in page.
 */
export const session = reactive({
  token: null as string | null,
  expiresAt: null as string | null,
  caller: null as SignedInCaller | null,
  /** Why the user was last signed out, shown once on the sign-in page. */
  notice: '',
});

let expiryTimer: ReturnType<typeof setTimeout> | undefined;

/** Restores a stored session that has not expired yet. */
export function restoreSession(): void {
  const stored = readStored();
  if (!stored) return;
  if (Date.parse(stored.expiresAt) <= Date.now()) {
    localStorage.removeItem(STORAGE_KEY);
    session.notice = '登录已过期，请重新登录。';
    return;
  }
  startSession(stored);
}

/** Keeps the token `login` returned and arms the expiry timer. */
export function startSession(stored: StoredSession): void {
  session.token = stored.token;
  session.expiresAt = stored.expiresAt;
  session.notice = '';
  localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  clearTimeout(expiryTimer);
  // setTimeout takes at most ~24.8 days; a longer token is re-armed at the next page load.
  const remaining = Math.min(Date.parse(stored.expiresAt) - Date.now(), 2 ** 31 - 1);
  expiryTimer = setTimeout(() => signOut('登录已过期，请重新登录。'), remaining);
}

/** Forgets the session locally (the caller of `logout` revokes it on the server first). */
export function signOut(notice = ''): void {
  clearTimeout(expiryTimer);
  localStorage.removeItem(STORAGE_KEY);
  session.token = null;
  session.expiresAt = null;
  session.caller = null;
  session.notice = notice;
  onSignOut?.();
}

let onSignOut: (() => void) | undefined;

/** The router registers where a signed-out user goes (the sign-in page). */
export function whenSignedOut(listener: () => void): void {
  onSignOut = listener;
}

/** Whether the signed-in caller may enter and correct data (EDITOR or ADMIN). */
export function mayEdit(): boolean {
  return session.caller?.role === 'EDITOR' || session.caller?.role === 'ADMIN';
}

export function isAdmin(): boolean {
  return session.caller?.role === 'ADMIN';
}

/** Whether the caller works as the committee office (政协办): administrators, and editors with the post. */
export function isCommitteeOffice(): boolean {
  return session.caller !== null && isOfficeCaller(session.caller);
}

/** The committee post kinds the caller acts as: an administrator counts as the office. */
export function committeePostsOf(caller: SignedInCaller | null): CommitteePostKind[] {
  if (!caller) return [];
  const held = caller.committeePost ? [caller.committeePost.kind] : [];
  return isOfficeCaller(caller) && !held.includes('OFFICE') ? [...held, 'OFFICE'] : held;
}

function isOfficeCaller(caller: SignedInCaller): boolean {
  return caller.role === 'ADMIN' || (caller.role === 'EDITOR' && caller.committeePost?.kind === 'OFFICE');
}

function readStored(): StoredSession | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as StoredSession | null;
    return parsed && typeof parsed.token === 'string' && typeof parsed.expiresAt === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
