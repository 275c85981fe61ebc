import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { ServiceActivity } from '../service-activity.entity.js';

@ObjectType({ description: 'A page of service activities.' })
export class ServiceActivityList extends Paginated(ServiceActivity, 'service activities') {}
