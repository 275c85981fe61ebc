import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { Member } from '../member.entity.js';

@ObjectType({ description: 'A page of committee members.' })
export class MemberList extends Paginated(Member, 'members') {}
