import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { Base } from '../base.entity.js';

@ObjectType({ description: 'A page of bases.' })
export class BaseList extends Paginated(Base, 'bases') {}
