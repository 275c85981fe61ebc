import type { Request } from 'express';
import type { Role } from './auth/role.js';
import type { RequestLoaders } from './request-loaders.js';

/** Who is calling: set by the auth guard from the bearer token. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  role: Role;
  divisionId: string | null;
}

/** The GraphQL context of one HTTP request. */
export interface RequestContext {
  req: Request;
  loaders: RequestLoaders;
  user?: AuthenticatedUser;
}
