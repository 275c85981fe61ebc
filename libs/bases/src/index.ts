export * from './base.entity.js';
