import { registerEnumType } from '@nestjs/graphql';

/** What a user may do. Each role includes the ones below it. */
export enum Role {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: '用户角色 — what a user may do; each role includes the ones below it.',
  valuesMap: {
    ADMIN: { description: '管理员 — manages users, and may do everything an editor does.' },
    EDITOR: { description: '录入员 — enters and corrects data.' },
    VIEWER: { description: '查看者 — reads data and reports.' },
  },
});

const RANK: Record<Role, number> = { [Role.VIEWER]: 1, [Role.EDITOR]: 2, [Role.ADMIN]: 3 };

/** True when `held` is at least `needed`. */
export function roleCovers(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}
