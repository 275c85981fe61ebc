import './suggestion.constraints.js';

export * from './deadline-unit.js';
export * from './entities/suggestion.entity.js';
export * from './suggestion-action.js';
export * from './suggestion-evaluation.js';
export * from './suggestion-kind.js';
export * from './suggestion-light.js';
export * from './suggestion-reply-result.js';
export * from './suggestion-status.js';
export * from './suggestion-unit-role.js';
export * from './suggestions.module.js';
export * from './suggestion-board.service.js';
export * from './dto/suggestion-board.types.js';
