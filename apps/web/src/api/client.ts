import { cacheExchange, Client, fetchExchange, mapExchange } from '@urql/vue';

import { session, signOut } from '../session/session';
import { errorCode } from './errors';

/**
 * The console's GraphQL client. Every call carries the signed-in user's bearer token; an answer
 * saying the token no longer works ends the session, so the user sees the sign-in page with the
 * reason instead of empty pages.
 */
export const client = new Client({
  url: '/graphql',
  // Every operation as a JSON POST: the server's CSRF prevention refuses simple GET requests.
  preferGetMethod: false,
  // Figures change when anyone approves a record: lists and reports are read fresh on each visit,
  // while a page shows what it read until the user acts (cache-and-network).
  requestPolicy: 'cache-and-network',
  fetchOptions: (): RequestInit => ({ headers: session.token ? { authorization: `Bearer ${session.token}` } : {} }),
  exchanges: [
    mapExchange({
      onError(error) {
        if (errorCode(error) === 'UNAUTHENTICATED' && session.token) signOut('登录已过期或已在别处退出，请重新登录。');
      },
    }),
    cacheExchange,
    fetchExchange,
  ],
});
