import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: '录入人或修改人 — who entered or last changed an outcome record: a user, another system’s API key, or the system (seed).',
})
export class OutcomeWriter {
  @Field({ description: 'USER, API_KEY or SYSTEM.' })
  kind: string;

  @Field(() => ID, { nullable: true, description: "The user's or key's id; null for SYSTEM." })
  id: string | null;

  @Field(() => String, { nullable: true, description: '名称 — the username or key name; null for SYSTEM or an account since deleted.' })
  name: string | null;

  @Field({ description: '是否本人 — true when the writer is the caller, who then may not approve the record (four eyes).' })
  isCaller: boolean;
}
