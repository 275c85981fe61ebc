export * from './outcome-record.entity.js';
export * from './outcomes.module.js';
