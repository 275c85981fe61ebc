export * from './user.entity.js';
export * from './user-session.entity.js';
export * from './auth.module.js';
export * from './users.service.js';
export * from './password-hasher.js';
