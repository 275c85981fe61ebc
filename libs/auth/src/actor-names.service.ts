import { Global, Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { ACTOR_NAMES, type ActorNames } from '@rural/core';

import { ApiKey } from './api-key.entity.js';
import { User } from './user.entity.js';

/** Usernames and API key names by actor reference, for libs to the right of geography (see ActorNames). */
@Injectable()
export class ActorNamesService implements ActorNames {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
  ) {}

  async namesOf(refs: readonly string[]): Promise<(string | null)[]> {
    const idsOf = (kind: string) => refs.filter((ref) => ref.startsWith(`${kind}:`)).map((ref) => ref.slice(kind.length + 1));
    const [users, keys] = await Promise.all([
      this.users.find({ select: { id: true, username: true }, where: { id: In(idsOf('USER')) } }),
      this.keys.find({ select: { id: true, name: true }, where: { id: In(idsOf('API_KEY')) } }),
    ]);
    const names = new Map<string, string>([
      ...users.map((user): [string, string] => [`USER:${user.id}`, user.username]),
      ...keys.map((key): [string, string] => [`API_KEY:${key.id}`, key.name]),
    ]);
    return refs.map((ref) => names.get(ref) ?? null);
  }
}

/** Global, so that a lib which may not import auth can still inject ACTOR_NAMES from core. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User, ApiKey])],
  providers: [ActorNamesService, { provide: ACTOR_NAMES, useExisting: ActorNamesService }],
  exports: [ACTOR_NAMES],
})
export class ActorNamesModule {}
