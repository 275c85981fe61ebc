import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, Kind, visit, type DocumentNode, type FieldNode, type ValidationRule } from 'graphql';

import { bearerToken, type AdmissionService } from '@rural/auth';
import { UnauthenticatedError, type GraphqlContext } from '@rural/core';

import { refusedRequest, RequestRefusal } from './request-limits.js';

/** `__typename` stays free: clients' caches ask for it everywhere. */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

function isIntrospectionField(node: FieldNode): boolean {
  return INTROSPECTION_FIELDS.has(node.name.value);
}

/** Whether the document asks for the schema. Unused fragments are refused by validation. */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (node: FieldNode) => {
      if (!isIntrospectionField(node)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** With introspection switched off by configuration: refused for everyone, at validation. */
export const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (isIntrospectionField(node)) {
      context.reportError(refusedRequest('本服务已关闭接口架构查询（introspection）', RequestRefusal.INTROSPECTION_DISABLED));
    }
  },
});

/**
 * Introspection only for a valid bearer token. The meta fields are resolved by graphql-js
 * itself, never by a Nest resolver, so the global auth guard does not see them: the token is
 * checked here, before execution, and without one no SQL is sent at all.
 */
export function signedInIntrospectionPlugin(admissions: AdmissionService): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!asksForSchema(document)) return;
          const token = bearerToken(contextValue.req.headers.authorization);
          if (!token) throw unauthenticated('查看接口架构（introspection）须先登录：请求须带 Authorization: Bearer <令牌>');
          // The guard's own admission: counted against the limits; a session or an API key,
          // expired and revoked ones refused.
          if (!(await admissions.admit(contextValue.req)).caller) throw unauthenticated('登录已失效，请重新登录');
        },
      };
    },
  };
}

/** The request as a whole is refused, so it answers 401 (a resolver's refusal keeps 200). */
function unauthenticated(message: string): UnauthenticatedError {
  return new UnauthenticatedError(message, { http: { status: 401 } });
}
