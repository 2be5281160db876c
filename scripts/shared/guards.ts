/**
 * Type guards for parsed JSON and YAML, shared by the tools under scripts/.
 */

/** True for a JSON object or array: anything whose keys can be read. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** True for a JSON object (a YAML mapping), not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return isObject(value) && !Array.isArray(value);
}
