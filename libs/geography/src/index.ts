export * from './division.entity.js';
export * from './division-level.js';
export * from './division.service.js';
export * from './geography.module.js';
export * from './dto/divisions.args.js';
export * from './subtree.js';
export * from './caller-scope.js';
export * from './division.constraints.js';
