export * from './outcome-record.entity.js';
