export * from './match.entity.js';
export * from './match-status.js';
export * from './match-broker.entity.js';
export * from './match.service.js';
export * from './matches.module.js';
export * from './match.repository.js';
export * from './match.constraints.js';
