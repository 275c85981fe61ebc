import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Base } from '@rural/bases';
import { DateScalar, DecimalScalar } from '@rural/core';
import { decimalTransformer, VersionColumn } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { Division } from '@rural/geography';

import { MatchStatus } from './match-status.js';

@ObjectType({ description: '引企下乡对接 — an enterprise paired with a village, usually with a base, brokered by members.' })
@Entity('match')
@Check('CHK_match_investment_non_negative', `"investment_yuan" >= 0`)
// One match per enterprise, village and base (none counting as one): NULLS NOT DISTINCT, so in the migration.
@Index('UQ_match_enterprise_village_base', { synchronize: false })
@Index('IDX_match_enterprise', ['enterpriseId'])
@Index('IDX_match_village', ['villageId'])
@Index('IDX_match_base', ['baseId'])
export class Match {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_match' })
  id: string;

  @Field(() => ID, { description: 'The enterprise brought to the village.' })
  @Column({ type: 'bigint' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'FK_match_enterprise' })
  enterprise?: Enterprise;

  @Field(() => ID, { description: 'The village (村) the enterprise was paired with.' })
  @Column({ type: 'bigint' })
  villageId: string;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_id', foreignKeyConstraintName: 'FK_match_village' })
  village?: Division;

  @Field(() => ID, { nullable: true, description: 'The base built or run under the match, in the same village.' })
  @Column({ type: 'bigint', nullable: true })
  baseId: string | null;

  @ManyToOne(() => Base, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'base_id', foreignKeyConstraintName: 'FK_match_base' })
  base?: Base;

  @Field(() => MatchStatus, { description: '状态 — where the match stands.' })
  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', default: MatchStatus.INTENT })
  status: MatchStatus;

  @Field(() => DateScalar, { nullable: true, description: '签约日期 — the day the agreement was signed, when known.' })
  @Column({ type: 'date', nullable: true })
  signedOn: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '协议投资（元）— the committed investment in yuan, when known.' })
  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: decimalTransformer })
  investmentYuan: string | null;

  @Field({ description: 'When the match was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the match was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
