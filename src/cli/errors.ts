/**
 * The CLI's own refusals. Their messages are already worded in the CLI's language (the language
 * is chosen before anything else runs); errors from below (envs, agents, train) are worded by
 * `describeError`. Both end the run with exit code 2.
 */

/** A bad flag, value, combination or file: the message names it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Training was stopped for a reason the user can act on (divergence, a non-finite table). */
export class TrainingStopped extends Error {
  override name = 'TrainingStopped';
}
