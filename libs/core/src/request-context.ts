import type { Request } from 'express';

import type { Role } from './auth/role.js';
import type { RequestLoaders } from './request-loaders.js';

/** Who is calling: set by the auth guard from the bearer token (a session's or an API key's). */
export interface AuthenticatedUser {
  /** A user signed in with a password, or another system with an API key. */
  kind: 'USER' | 'API_KEY';
  /** The user's or the key's id. */
  id: string;
  /** The username, or the key's name. */
  username: string;
  role: Role;
  /** The division whose subtree bounds what the caller sees and writes; null: everything. */
  divisionId: string | null;
}

/** The GraphQL context of one HTTP request. */
export interface RequestContext {
  req: Request;
  loaders: RequestLoaders;
  user?: AuthenticatedUser;
}
