import './member.constraints.js';

export * from './member.entity.js';
export * from './member-enterprise.entity.js';
export * from './member.service.js';
export * from './members.module.js';
export * from './dto/members.args.js';
export * from './member.repository.js';
export * from './dto/create-member.input.js';
