import './handling-unit.constraints.js';
import './committee-post.constraints.js';

export * from './committee-access.js';
export * from './committee-post-kind.js';
export * from './committee-post.entity.js';
export * from './committee.module.js';
export * from './handling-unit.entity.js';
export * from './handling-unit.service.js';
export * from './suggestion-credits.js';
export * from './research-visits.js';
