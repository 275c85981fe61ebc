import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** Passwords people pick first; refused whatever their length. */
const COMMON = new Set([
  'password',
  'password1',
  'password123',
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  'qwerty123',
  'abc12345',
  'admin123',
  'admin1234',
  '11111111',
  '88888888',
  '66666666',
  'a1234567',
  'woaini1314',
  'iloveyou',
]);

/** Why a password is too weak, in words a clerk understands; null when it is strong enough. */
export function passwordWeakness(password: string, username?: string): string | null {
  if (password.length < 8) return '密码至少 8 位';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码须同时包含字母和数字';
  if (COMMON.has(password.toLowerCase())) return '密码过于常见，请换一个';
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

/** Validates a password field with `passwordWeakness`, against the object's `username` when it has one. */
export function IsStrongPassword(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isStrongPassword',
      target: target.constructor,
      propertyName: property as string,
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && passwordWeakness(value, (args.object as { username?: string }).username) === null,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? (passwordWeakness(args.value, (args.object as { username?: string }).username) ?? '')
            : '密码不能为空',
      },
    });
}
