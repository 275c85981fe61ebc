import { ValidateBy } from 'class-validator';

/** The end of a date range (`to`): not before its start, the property named `startProperty`. */
export function IsNotBefore(startProperty: string, message: string): PropertyDecorator {
  return ValidateBy({
    name: 'isNotBefore',
    constraints: [startProperty],
    validator: {
      validate: (value: unknown, args) => {
        const start = (args?.object as Record<string, unknown> | undefined)?.[startProperty];
        // ISO dates compare correctly as text.
        return typeof value !== 'string' || typeof start !== 'string' || value >= start;
      },
      defaultMessage: () => message,
    },
  });
}
