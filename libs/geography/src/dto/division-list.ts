import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { Division } from '../division.entity.js';

@ObjectType({ description: 'A page of divisions.' })
export class DivisionList extends Paginated(Division, 'divisions') {}
