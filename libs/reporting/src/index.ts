export * from './reporting.module.js';
export * from './impact.service.js';
export * from './impact-grouping.js';
export * from './dto/impact-figures.js';
export * from './dto/impact-report.js';
export * from './chinese-figures.js';
export * from './summary-sentences.js';
export * from './summary-text.service.js';
