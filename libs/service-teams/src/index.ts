export * from './service-team.entity.js';
export * from './service-team-member.entity.js';
export * from './service-activity.entity.js';
export * from './activity-date.js';
export * from './service-team.service.js';
export * from './service-activity.service.js';
export * from './service-teams.module.js';
export * from './service-team.constraints.js';
