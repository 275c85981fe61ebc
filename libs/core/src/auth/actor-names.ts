/**
 * Names of the users and API keys that wrote rows, by `actorRef` (`USER:12`, `API_KEY:3`), for libs
 * that show who did something but sit where they cannot import the auth lib (the chain of libs).
 * The auth lib provides it globally under ACTOR_NAMES; null for an actor no longer there.
 */
export interface ActorNames {
  namesOf(refs: readonly string[]): Promise<(string | null)[]>;
}

export const ACTOR_NAMES = Symbol('ACTOR_NAMES');
