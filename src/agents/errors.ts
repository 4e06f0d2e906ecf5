/** An agent that cannot work on an env (the wrong kind of spaces, or other sizes). */
export class IncompatibleAgentError extends Error {
  override name = 'IncompatibleAgentError';
}
