import { Field, Int } from '@nestjs/graphql';
import { Column } from 'typeorm';

/**
 * 版本 — how many times the row was written. The database counts (a trigger adds one on every
 * UPDATE, whatever road the update takes); an update that carries the version it read is refused
 * when someone else changed the row in between.
 */
export function VersionColumn(): PropertyDecorator {
  return (target, property) => {
    Field(() => Int, {
      description: '版本 — changes on every update; send it back with an update to be told when someone else changed the row first.',
    })(target, property);
    Column({ type: 'int', default: 1, update: false, insert: false })(target, property);
  };
}
