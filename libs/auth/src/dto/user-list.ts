import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { User } from '../user.entity.js';

@ObjectType({ description: 'A page of users.' })
export class UserList extends Paginated(User, 'users') {}
