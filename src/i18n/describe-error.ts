/**
 * Words for an error raised below the app layer (src/envs, src/agents, src/train…), in the current
 * language. Those errors carry a `code` and values; this looks the code up in the catalog's
 * `errors` section. An error without a known code keeps its own message.
 */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
