import type { EntityManager } from 'typeorm';

import { Member, MemberEnterprise } from '@rural/members';

/** A stored member with the ids of their enterprises. */
export interface StoredMember {
  member: Member;
  enterpriseIds: string[];
}

/**
 * The members of exactly this name with their enterprise links, read in the import's transaction
 * (members written earlier in the file are seen). Names are not unique: the caller decides what
 * several mean.
 */
export async function membersNamed(manager: EntityManager, name: string): Promise<StoredMember[]> {
  const members = await manager.find(Member, { where: { name }, order: { id: 'ASC' } });
  if (members.length !== 1) return members.map((member) => ({ member, enterpriseIds: [] }));
  const links = await manager.find(MemberEnterprise, { where: { memberId: members[0].id } });
  return [{ member: members[0], enterpriseIds: links.map((link) => link.enterpriseId) }];
}
