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

// A division keeps the members who sit on its committee.
declareDependents({
  table: 'member',
  column: 'division_id',
  references: 'division',
  constraint: 'FK_member_division',
  noun: '委员',
  unit: '位',
});
