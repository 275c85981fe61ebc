export * from './enterprise.entity.js';
export * from './credit-code.js';
export * from './credit-code.validator.js';
export * from './enterprise.service.js';
export * from './enterprises.module.js';
export * from './dto/enterprises.args.js';
export * from './enterprise.repository.js';
export * from './enterprise.constraints.js';
