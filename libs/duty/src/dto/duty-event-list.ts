import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { DutyEvent } from '../duty-event.entity.js';

@ObjectType({ description: 'A page of duty events, newest first.' })
export class DutyEventList extends Paginated(DutyEvent, 'dutyEvents') {}
