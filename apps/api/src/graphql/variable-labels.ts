import { GraphQLError, Kind, type TypeNode } from 'graphql';

import { inputClassNamed, labelOf } from '@rural/core';

/**
 * The Chinese label of the field a variable coercion error is about. graphql-js names the field
 * by its path (`input.outputValueYuan`) and points at the variable's definition, whose type
 * (`RecordOutcomeInput!`) leads to the input class where the field and its label are declared.
 */
export function variableFieldLabel(original: unknown, inside: string[], variable: string): string | undefined {
  const names = inside.map((segment) => segment.replace(/\[\d+\]$/, ''));
  const property = names.at(-1) ?? variable;
  // Nested inputs are found by their own class only one level down; deeper, the common labels.
  const type = names.length === 1 ? variableTypeName(original) : undefined;
  return labelOf(type ? inputClassNamed(type) : undefined, property)?.label;
}

function variableTypeName(original: unknown): string | undefined {
  const node = original instanceof GraphQLError ? original.nodes?.[0] : undefined;
  return node?.kind === Kind.VARIABLE_DEFINITION ? namedType(node.type) : undefined;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}
