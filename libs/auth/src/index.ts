export * from './user.entity.js';
export * from './user-session.entity.js';
export * from './auth.module.js';
export * from './users.service.js';
export * from './password-hasher.js';
export * from './api-key.entity.js';
export * from './audit-entry.entity.js';
export * from './session.service.js';
export * from './admission.service.js';
export * from './bearer-token.js';
// The GraphQL type of `whoAmI`, for libs that add fields to it (core's `Caller` is the request's caller).
export { Caller as WhoAmI, CallerKind } from './dto/caller.js';
