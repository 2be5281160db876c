/**
 * Reshapes api-smart-diff's list where its shape would mislead a caller: a document that lost
 * `paths` becomes one removal per operation, and a field whose schema changed is re-compared
 * keyword by keyword where the library's alignment fails (see compare-schemas.ts) or where the
 * change is only in how the schema is written.
 */
import type { Diff } from "api-smart-diff";
import { isObject } from "../shared/guards.js";
import type { OpenAPIDocument } from "./load.js";
import { nodeAt, resolveAt, toJsonPointer, type JsonPath } from "./pointer.js";
import { acceptsNull, canonicalSchema } from "./schema.js";
import { compareSchemas } from "./compare-schemas.js";
import type { SpecDiff } from "./site.js";

/** The two documents being compared. */
export interface Documents {
  before: OpenAPIDocument;
  after: OpenAPIDocument;
}

// Keys whose value is a collection of named or numbered parts, wherever they appear (unless the
// key is itself the name of a property, `properties: {headers: …}`).
const COLLECTIONS = new Set([
  "properties",
  "headers",
  "parameters",
  "responses",
  "content",
  "required",
]);

function isContainer(path: JsonPath): boolean {
  const [root] = path;
  if (path.length === 1) return root === "paths" || root === "components" || root === "webhooks";
  if (root === "components" && path.length <= 3) return path.length === 2;
  const key = path[path.length - 1];
  return COLLECTIONS.has(String(key)) && path[path.length - 2] !== "properties";
}

// The library leaves a removed `paths` unclassified; each entry takes its class for one entry.
function entryType(diff: Diff): Diff["type"] {
  if (diff.type !== "unclassified") return diff.type;
  return diff.action === "add" ? "non-breaking" : "breaking";
}

/**
 * Replaces an added or removed collection (`paths`, `components.schemas`, a schema's
 * `properties`, a response's `headers`, …) by one diff per entry, so that losing `paths`
 * reads as every operation removed, and a response losing its headers names each of them.
 */
export function expandContainers(diffs: Diff[]): Diff[] {
  return diffs.flatMap((diff): Diff[] => {
    const value =
      diff.action === "add" ? diff.after : diff.action === "remove" ? diff.before : undefined;
    if (!isObject(value) || !isContainer(diff.path)) return [diff];
    const entries = Array.isArray(value)
      ? value.map((entry, index) => [index, entry] as const)
      : Object.entries(value);
    return expandContainers(
      entries.map(([key, entry]): Diff => ({
        type: entryType(diff),
        action: diff.action,
        path: [...diff.path, key],
        ...(diff.action === "add" ? { after: entry } : { before: entry }),
      })),
    );
  });
}

/** Where the schema starts in `path`: after `…/schema`, or after `components/schemas/<name>`. */
export function schemaStart(path: JsonPath): number | undefined {
  if (path[0] === "components" && path[1] === "schemas") return path.length >= 3 ? 3 : undefined;
  const index = path.indexOf("schema");
  return index < 0 ? undefined : index + 1;
}

const isCombinator = (key: unknown): boolean =>
  key === "anyOf" || key === "oneOf" || key === "allOf";

/**
 * The path of the field a schema diff changes something inside of: the property, array item
 * or schema root that holds the changed keyword. A field added or removed as a whole belongs to
 * the object that holds it. Undefined outside schemas.
 */
export function fieldPathOf(path: JsonPath): JsonPath | undefined {
  const start = schemaStart(path);
  if (start === undefined || start > path.length) return undefined;
  let end = start;
  let index = start;
  while (index < path.length) {
    const key = path[index];
    const next = path[index + 1];
    if ((key === "properties" || key === "patternProperties") && next !== undefined) {
      index += 2;
      if (index >= path.length) break;
      end = index;
    } else if ((key === "items" || key === "additionalProperties") && index + 1 < path.length) {
      index += 1;
      end = index;
    } else if (isCombinator(key) && typeof next === "number" && index + 2 < path.length) {
      // A variant is part of its field: `anyOf: [$ref, {type: "null"}]` is one nullable field.
      index += 2;
    } else {
      break;
    }
  }
  return path.slice(0, end);
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.every((key, index) => String(path[index]) === String(key));
}

/**
 * Re-compares each changed field whose nullability changed, or whose change runs through
 * `anyOf`/`oneOf`/`allOf`, keyword by keyword; and reports a field whose schema is only written
 * differently (a `$ref` inlined, `type` reordered) as one change.
 */
export function recompareFields(diffs: Diff[], documents: Documents): SpecDiff[] {
  const groups = new Map<string, { path: JsonPath; diffs: Diff[] }>();
  for (const diff of diffs) {
    const field = fieldPathOf(diff.path);
    if (field === undefined || field.length === diff.path.length) continue;
    const key = toJsonPointer(field);
    const group = groups.get(key) ?? { path: field, diffs: [] };
    group.diffs.push(diff);
    groups.set(key, group);
  }
  let result: SpecDiff[] = diffs;
  const outermostFirst = [...groups.values()].sort((a, b) => a.path.length - b.path.length);
  for (const group of outermostFirst) {
    if (!group.diffs.every((diff) => result.includes(diff))) continue;
    const replacement = recompareField(group.path, group.diffs, documents);
    if (replacement === undefined) continue;
    const isInside = (diff: Diff): boolean =>
      diff.path.length > group.path.length && startsWith(diff.path, group.path);
    const kept: SpecDiff[] = [];
    let isReplaced = false;
    for (const diff of result) {
      if (!isInside(diff)) kept.push(diff);
      else if (!isReplaced) kept.push(...replacement.diffs);
      isReplaced ||= isInside(diff);
      if (isInside(diff) && replacement.keep.includes(diff)) kept.push(diff);
    }
    result = kept;
  }
  return result;
}

function recompareField(
  path: JsonPath,
  diffs: Diff[],
  documents: Documents,
): { diffs: SpecDiff[]; keep: Diff[] } | undefined {
  const before = nodeAt(documents.before, path);
  const after = nodeAt(documents.after, path);
  if (resolveAt(documents.before, path) === undefined) return undefined;
  if (resolveAt(documents.after, path) === undefined) return undefined;
  const isNullabilityChanged =
    acceptsNull(documents.before, before) !== acceptsNull(documents.after, after);
  const isThroughVariants = diffs.some((diff) => diff.path.slice(path.length).some(isCombinator));
  if (isNullabilityChanged || isThroughVariants) {
    return { diffs: compareSchemas(path, before, after, documents), keep: [] };
  }
  const isSameSchema =
    canonicalSchema(documents.before, before) === canonicalSchema(documents.after, after);
  const annotations = diffs.filter((diff) => diff.type === "annotation");
  if (!isSameSchema || annotations.length === diffs.length) return undefined;
  const rewritten: SpecDiff = {
    type: "non-breaking",
    action: "replace",
    path: [...path],
    before,
    after,
    meaning: "rewritten",
  };
  return { diffs: [rewritten], keep: annotations };
}
