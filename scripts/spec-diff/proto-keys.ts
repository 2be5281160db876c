/**
 * Carries keys named `__proto__` through api-smart-diff. The library copies documents with
 * `copy[key] = value`, and for the key `__proto__` that sets the copy's prototype instead of a
 * field, so a schema property named `__proto__` vanished from the report. Before comparing, each
 * such key is renamed to a stand-in that no key of either document uses; the diffs get the real
 * name back.
 */
import type { Diff } from "api-smart-diff";
import { isObject } from "../shared/guards.js";

const PROTO = "__proto__";

function hasKey(value: unknown, key: string, seen = new Set<unknown>()): boolean {
  if (!isObject(value) || seen.has(value)) return false;
  seen.add(value);
  if (!Array.isArray(value) && Object.hasOwn(value, key)) return true;
  return Object.values(value).some((child) => hasKey(child, key, seen));
}

/** A key that neither document uses, to stand for `__proto__` while the library compares. */
export function protoStandIn(...documents: unknown[]): string {
  let standIn = "__proto__\u{E000}";
  while (documents.some((document) => hasKey(document, standIn))) standIn += "\u{E000}";
  return standIn;
}

// A copy of `value` with every key `from` renamed `to`, written as an own field however it is
// named; objects shared by YAML aliases stay shared in the copy.
function renameKeys(
  value: unknown,
  from: string,
  to: string,
  copies: Map<object, unknown>,
): unknown {
  if (!isObject(value)) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(renameKeys(item, from, to, copies));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(copy, key === from ? to : key, {
      value: renameKeys(child, from, to, copies),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return copy;
}

/** A copy of `document` for api-smart-diff: every `__proto__` key renamed to `standIn`. */
export function hideProtoKeys<T>(document: T, standIn: string): T {
  return renameKeys(document, PROTO, standIn, new Map()) as T;
}

/** `diffs` from documents given by {@link hideProtoKeys}, with `__proto__` back in place. */
export function restoreProtoKeys(diffs: Diff[], standIn: string): Diff[] {
  const restore = (value: unknown): unknown => renameKeys(value, standIn, PROTO, new Map());
  return diffs.map((diff) => {
    const restored: Diff = {
      ...diff,
      path: diff.path.map((key) => (key === standIn ? PROTO : key)),
    };
    if ("before" in diff) restored.before = restore(diff.before);
    if ("after" in diff) restored.after = restore(diff.after);
    return restored;
  });
}
