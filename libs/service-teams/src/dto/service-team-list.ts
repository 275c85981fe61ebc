import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { ServiceTeam } from '../service-team.entity.js';

@ObjectType({ description: 'A page of service teams.' })
export class ServiceTeamList extends Paginated(ServiceTeam, 'service teams') {}
