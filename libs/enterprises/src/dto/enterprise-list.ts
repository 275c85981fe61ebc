import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { Enterprise } from '../enterprise.entity.js';

@ObjectType({ description: 'A page of enterprises.' })
export class EnterpriseList extends Paginated(Enterprise, 'enterprises') {}
