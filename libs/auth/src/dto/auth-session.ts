import { Field, ObjectType } from '@nestjs/graphql';

import { User } from '../user.entity.js';

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`.' })
export class AuthSession {
  @Field({ description: 'The bearer token. Shown once; only its hash is kept.' })
  token: string;

  @Field({ description: 'When the token stops working.' })
  expiresAt: Date;

  @Field(() => User, { description: 'Who signed in.' })
  user: User;
}
