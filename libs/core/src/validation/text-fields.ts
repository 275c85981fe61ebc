import type { FieldProblem } from '../errors/domain-errors.js';
import { labelOf } from './field-labels.js';
import { textProblem, textProblemMessage } from './text-content.js';

/**
 * Every string in an argument — fields of input objects at any depth, list items, or the
 * argument itself — held to `textProblem`. It runs on all arguments, so a text field added later
 * is covered without a decorator; the label comes from the field's declaration when it has one.
 * Fields are named inside the argument, as the validation pipe names them.
 */
export function textFieldProblems(value: unknown, argument: { name?: string; type?: Function }): FieldProblem[] {
  if (typeof value === 'string' || Array.isArray(value)) {
    return argument.name ? problemsOf(value, argument.name, labelOf(undefined, argument.name)?.label ?? '输入内容', false) : [];
  }
  return objectProblems(value, '', argument.type);
}

/** Inputs nest a few levels (an input, its filter); anything deeper is no GraphQL input. */
const MAX_DEPTH = 8;

function objectProblems(value: unknown, prefix: string, type: Function | undefined): FieldProblem[] {
  if (typeof value !== 'object' || value === null || prefix.split('.').length > MAX_DEPTH) return [];
  // A transformed input is an instance of its class; a plain object falls back to common labels.
  const declaring = value.constructor !== Object ? value.constructor : type;
  return Object.entries(value).flatMap(([property, field]) => {
    const path = prefix ? `${prefix}.${property}` : property;
    const info = labelOf(declaring, property);
    if (typeof field === 'object' && field !== null && !Array.isArray(field)) return objectProblems(field, path, undefined);
    return problemsOf(field, path, info?.label ?? '输入内容', info?.multiline ?? false);
  });
}

function problemsOf(value: unknown, path: string, label: string, multiline: boolean): FieldProblem[] {
  const texts = Array.isArray(value) ? value : [value];
  for (const [index, text] of texts.entries()) {
    // An item of a list of inputs (an event's participants) is named by its index, as the validation pipe names it.
    if (typeof text === 'object' && text !== null) {
      const problems = objectProblems(text, Array.isArray(value) ? `${path}.${index}` : path, undefined);
      if (problems.length > 0) return problems;
      continue;
    }
    const problem = typeof text === 'string' ? textProblem(text, multiline) : null;
    if (problem) return [{ field: path, message: textProblemMessage(label, problem) }];
  }
  return [];
}
