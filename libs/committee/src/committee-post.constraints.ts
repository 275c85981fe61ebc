import { declareDependents } from '@rural/database';

// Staff accounts keep their unit; an account's post goes with the account or the member (CASCADE).
declareDependents({
  table: 'committee_post',
  column: 'handling_unit_id',
  references: 'handling_unit',
  constraint: 'FK_committee_post_unit',
  noun: '工作人员账号',
  unit: '个',
});
