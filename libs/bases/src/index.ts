export * from './base.entity.js';
export * from './base.service.js';
export * from './bases.module.js';
export * from './village.rule.js';
export * from './dto/base-filter.input.js';
export * from './base.repository.js';
export * from './base.constraints.js';
export * from './dto/create-base.input.js';
