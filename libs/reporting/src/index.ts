export * from './reporting.module.js';
export * from './impact.service.js';
export * from './impact-grouping.js';
export * from './dto/impact-figures.js';
export * from './dto/impact-report.js';
export * from './chinese-figures.js';
export * from './summary-sentences.js';
export * from './summary-text.service.js';
// For the summaries command (apps/api/src/scripts/summaries.ts) and the benchmark.
export { impactSummaryStatement, summaryCellsStatement, type FigureRow } from './sql/impact.repository.js';
export { summaryPlan, type SummaryPlan } from './sql/summary-statement.js';
export { comparableRows, firstDifference } from './sql/summary-check.js';
export * from './dto/impact-ranking.js';
