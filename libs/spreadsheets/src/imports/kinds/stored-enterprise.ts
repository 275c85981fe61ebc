import { IsNull, type EntityManager } from 'typeorm';

import { Enterprise } from '@rural/enterprises';

import { enterpriseNamed } from '../keys/enterprise-named.js';

/**
 * The stored enterprise a file's row stands for, read in the import's transaction (so rows written
 * earlier in the file are seen): by 统一社会信用代码 when the row has one — or, when that code is new,
 * the enterprise of that exact name entered without a code, which the row then gives its code —
 * else by exact name. Null: a new enterprise.
 */
export async function storedEnterprise(
  manager: EntityManager,
  name: string,
  creditCode: string | null,
): Promise<Enterprise | null | 'AMBIGUOUS'> {
  if (creditCode) {
    const coded = await manager.findOneBy(Enterprise, { creditCode });
    return coded ?? (await manager.findOneBy(Enterprise, { name, creditCode: IsNull() }));
  }
  return enterpriseNamed(await manager.find(Enterprise, { where: { name }, order: { id: 'ASC' } }));
}
