import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { VersionColumn } from '@rural/database';
import { Member } from '@rural/members';

@ObjectType({ description: '农业科技服务团 — an agricultural technology-service team led by a member.' })
@Entity('service_team')
@Check('CHK_service_team_name_not_blank', `btrim("name") <> ''`)
// Teams are found by name (imports): written in the natural-keys migration with the others.
@Index('UQ_service_team_name', { synchronize: false })
@Index('IDX_service_team_leader', ['leaderId'])
export class ServiceTeam {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_service_team' })
  id: string;

  @Field({ description: "名称 — the team's name, e.g. 农业科技服务团." })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ID, { description: '团长 — the member who leads the team.' })
  @Column({ type: 'bigint' })
  leaderId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id', foreignKeyConstraintName: 'FK_service_team_leader' })
  leader?: Member;

  @Field({ description: 'When the team was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the team was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
