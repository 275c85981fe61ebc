export * from './enterprise.entity.js';
export * from './credit-code.js';
