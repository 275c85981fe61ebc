import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { OutcomeRecord } from '../outcome-record.entity.js';

@ObjectType({ description: 'A page of outcome records.' })
export class OutcomeRecordList extends Paginated(OutcomeRecord, 'outcome records') {}
