import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { HandlingUnit } from '../handling-unit.entity.js';

@ObjectType({ description: 'A page of handling units.' })
export class HandlingUnitList extends Paginated(HandlingUnit, 'handlingUnits') {}
