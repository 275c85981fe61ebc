import 'reflect-metadata';

import { IsOptional, Matches } from 'class-validator';

import { AllOptional, createValidationPipe } from './validation.pipe.js';

@AllOptional()
class RangeArgs {
  @IsOptional()
  @Matches(/^\d{4}$/, { message: '年份格式不正确' })
  from?: string | null;
}

class PlainArgs {
  @IsOptional()
  @Matches(/^\d{4}$/, { message: '年份格式不正确' })
  from?: string | null;
}

describe('the validation pipe', () => {
  const pipe = createValidationPipe();
  // How @nestjs/graphql hands `@Args()` to pipes.
  const asArgs = (metatype: new () => object) => ({ type: 'body' as const, metatype });

  it('passes an all-optional args object with nothing given through untouched', async () => {
    const given = { from: undefined };
    expect(await pipe.transform(given, asArgs(RangeArgs))).toBe(given);
  });

  it('still validates an all-optional args object once something is given', async () => {
    await expect(pipe.transform({ from: '25' }, asArgs(RangeArgs))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await pipe.transform({ from: '2025' }, asArgs(RangeArgs))).toBeInstanceOf(RangeArgs);
  });

  it('validates other classes as before, empty or not', async () => {
    expect(await pipe.transform({ from: undefined }, asArgs(PlainArgs))).toBeInstanceOf(PlainArgs);
    await expect(pipe.transform({ from: 'x' }, asArgs(PlainArgs))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
