import { declareDependents } from '@rural/database';

// A member's own links go with the member (ON DELETE CASCADE); an enterprise keeps its members.
declareDependents({
  table: 'member_enterprise',
  column: 'enterprise_id',
  references: 'enterprise',
  constraint: 'FK_member_enterprise_enterprise',
  noun: '关联委员',
  unit: '位',
});
