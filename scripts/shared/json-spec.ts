/**
 * Spec text that is JSON, parsed with `JSON.parse` and weighed as load-spec.ts weighs a YAML tree.
 * JSON is YAML too, but the YAML parser takes about 30 times as long: 8 s against 0.3 s on
 * GitHub's 7 MB description. `JSON.parse` keeps the last of duplicate keys, as JSON parsers do,
 * and builds every key (`__proto__` included) as an own property; every tool then reads the one
 * object it built.
 */
import { isObject } from "./guards.js";

/**
 * The value of `text` when it is a JSON object; undefined for any other text, which the YAML
 * parser then reads (a YAML flow mapping starts with `{` too, and its errors have a line).
 */
export function parseJsonObject(text: string): object | undefined {
  if (!text.trimStart().startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Which limit a value passes: the node count, or the depth at `path`. */
export type Excess = { limit: "nodes" } | { limit: "depth"; path: string[] };

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | undefined;
  depth: number;
}

function pathOf(visit: Visit): string[] {
  const path: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) {
    path.unshift(at.key);
  }
  return path;
}

/**
 * The first limit `root` passes, or undefined: more than `maxNodes` nodes (each mapping,
 * sequence, key and value is one, as load-spec.ts counts YAML), or a node `maxDepth` levels
 * down. A stack, not recursion: `JSON.parse` reads nesting far deeper than the call stack.
 */
export function findJsonExcess(
  root: unknown,
  maxNodes: number,
  maxDepth: number,
): Excess | undefined {
  let nodes = 0;
  const stack: Visit[] = [{ value: root, key: "", parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    if (visit.depth >= maxDepth) return { limit: "depth", path: pathOf(visit) };
    nodes += 1;
    const { value } = visit;
    if (isObject(value)) {
      const keys = Object.keys(value);
      if (!Array.isArray(value)) nodes += keys.length;
      // Pushed in reverse, so that the first place in document order is the one reported.
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index] as string;
        const child = (value as Record<string, unknown>)[key];
        stack.push({ value: child, key, parent: visit, depth: visit.depth + 1 });
      }
    }
    if (nodes > maxNodes) return { limit: "nodes" };
  }
  return undefined;
}
