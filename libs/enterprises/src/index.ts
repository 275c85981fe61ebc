export * from './enterprise.entity.js';
export * from './credit-code.js';
export * from './enterprises.module.js';
