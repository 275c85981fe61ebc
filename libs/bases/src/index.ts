export * from './base.entity.js';
export * from './bases.module.js';
