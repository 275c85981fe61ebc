import './duty-event.constraints.js';

export * from './duty-event-kind.js';
export * from './duty-event.entity.js';
export * from './duty-participant.entity.js';
export * from './duty-event.service.js';
export * from './duty-fact.js';
export * from './duty-grade.js';
export * from './duty-evidence-kind.js';
export * from './duty-rule-set.entity.js';
export * from './duty-rule-set.service.js';
export * from './duty-rules.js';
export * from './duty-scoring.js';
export * from './duty-score.service.js';
export * from './duty.module.js';
export * from './dto/record-duty-event.input.js';
export * from './dto/duty-report.js';
export * from './dto/duty-year.args.js';
