import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { Match } from '../match.entity.js';

@ObjectType({ description: 'A page of matches.' })
export class MatchList extends Paginated(Match, 'matches') {}
