import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityTarget, type FindOptionsWhere } from 'typeorm';

import { Base } from '@rural/bases';
import { alignByKey, type RequestLoaders } from '@rural/core';
import { DivisionService } from '@rural/geography';
import { Match } from '@rural/matches';
import { ServiceTeam } from '@rural/service-teams';

/**
 * This request's batched loaders for a record's base, division, match and team. The loader
 * names are shared across libs ('base.byId', …), so a page of records and of matches that both
 * show a base fetch it once.
 */
@Injectable()
export class OutcomeRecordLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly divisions: DivisionService,
  ) {}

  base(loaders: RequestLoaders) {
    return loaders.get<string, Base>('base.byId', (ids) => this.byIds(Base, ids));
  }

  division(loaders: RequestLoaders) {
    return this.divisions.byIdLoader(loaders);
  }

  match(loaders: RequestLoaders) {
    return loaders.get<string, Match>('match.byId', (ids) => this.byIds(Match, ids));
  }

  team(loaders: RequestLoaders) {
    return loaders.get<string, ServiceTeam>('serviceTeam.byId', (ids) => this.byIds(ServiceTeam, ids));
  }

  private async byIds<T extends { id: string }>(entity: EntityTarget<T>, ids: readonly string[]): Promise<(T | null)[]> {
    const rows = await this.dataSource.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
    return alignByKey(ids, rows, (row) => row.id);
  }
}
