/** Environment variables, where the runtime has them. */
import type {} from "./platform.js";

/**
 * An environment variable, trimmed; undefined when unset or blank, where there is no
 * `process.env` (browsers), and where reading it is refused (Deno without `--allow-env` throws
 * `NotCapable`): a refused read is an unset variable, never an error.
 */
export function readEnv(name: string): string | undefined {
  if (typeof __SGP_BROWSER_BUILD__ !== "undefined" && __SGP_BROWSER_BUILD__) return undefined;
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env;
    return env?.[name]?.trim() || undefined;
  } catch {
    return undefined;
  }
}
