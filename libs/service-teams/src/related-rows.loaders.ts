import { DataSource, In } from 'typeorm';

import { Base } from '@rural/bases';
import { alignByKey, type RequestLoaders } from '@rural/core';
import { Member } from '@rural/members';

/*
 * Members and bases belong to other libs; these loaders read them straight through their
 * entities so this lib needs none of those libs' services. The loader names are the ones every
 * lib uses, so a request asking for the same member from a match and from a team queries once.
 */

export function memberByIdLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, Member>('member.byId', async (ids) =>
    alignByKey(ids, await dataSource.getRepository(Member).findBy({ id: In([...ids]) }), (row) => row.id),
  );
}

export function baseByIdLoader(loaders: RequestLoaders, dataSource: DataSource) {
  return loaders.get<string, Base>('base.byId', async (ids) =>
    alignByKey(ids, await dataSource.getRepository(Base).findBy({ id: In([...ids]) }), (row) => row.id),
  );
}
