/**
 * Compares two versions of one schema keyword by keyword, for the fields where api-smart-diff's
 * own alignment goes wrong: a `$ref` that became `anyOf: [$ref, {type: "null"}]` next to a
 * description is reported by the library as a removed `$ref`, an added `type: "null"` and an
 * added variant, with every change inside the referenced schema hidden. Here `null` is compared
 * on its own (as the keyword `nullable`), and the rest keyword by keyword.
 */
import { isDeepStrictEqual } from "node:util";
import type { Diff } from "api-smart-diff";
import { isRecord } from "../shared/guards.js";
import { foldMovedFields } from "./moved-fields.js";
import type { JsonPath } from "./pointer.js";
import type { SpecDiff } from "./site.js";
import { isAnnotationKey } from "./keywords.js";
import { acceptsNull, canonicalSchema, typeLabel, withoutNull } from "./schema.js";

/** The documents the two schemas come from, for their `$ref`s. */
export interface SchemaDocuments {
  before: unknown;
  after: unknown;
}

// Compared as parts of the schema rather than as values.
const STRUCTURE = new Set([
  "enum",
  "required",
  "properties",
  "items",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "allOf",
  "$ref",
  "nullable",
]);

function diff(
  action: Diff["action"],
  path: JsonPath,
  before: unknown,
  after: unknown,
  key = path[path.length - 1],
): SpecDiff {
  const type = key !== undefined && isAnnotationKey(key) ? "annotation" : "unclassified";
  return {
    type: key === "deprecated" ? "deprecated" : type,
    action,
    path: [...path],
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

const refOf = (node: unknown): string =>
  isRecord(node) && typeof node["$ref"] === "string" ? node["$ref"] : "";

/**
 * The changes from `before` to `after`, two versions of the schema at `path`. `seen` holds the
 * pairs of references being compared further up, so that a recursive schema ends.
 */
export function compareSchemas(
  path: JsonPath,
  before: unknown,
  after: unknown,
  documents: SchemaDocuments,
  seen: ReadonlySet<string> = new Set(),
): SpecDiff[] {
  const pair = `${refOf(before)} ${refOf(after)}`;
  if (pair !== " " && seen.has(pair)) return [];
  const inner = new Set([...seen, pair]);
  const diffs: SpecDiff[] = [];
  const wasNullable = acceptsNull(documents.before, before);
  const isNullable = acceptsNull(documents.after, after);
  if (wasNullable !== isNullable) {
    diffs.push({
      ...diff("replace", [...path, "nullable"], wasNullable, isNullable),
      typeLabel: wasNullable
        ? typeLabel(documents.after, after)
        : typeLabel(documents.before, before),
    });
  }
  const old = withoutNull(documents.before, before);
  const now = withoutNull(documents.after, after);
  if (!isRecord(old) || !isRecord(now)) return diffs;
  compareValues(path, old, now, diffs);
  compareEnum(path, old["enum"], now["enum"], diffs);
  compareRequired(path, old["required"], now["required"], diffs);
  const compare = (at: JsonPath, a: unknown, b: unknown): SpecDiff[] =>
    compareSchemas(at, a, b, documents, inner);
  compareProperties(path, old["properties"], now["properties"], compare, diffs);
  for (const key of ["items", "additionalProperties"]) {
    if (isRecord(old[key]) && isRecord(now[key])) {
      diffs.push(...compare([...path, key], old[key], now[key]));
    }
  }
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    compareVariants([...path, key], old[key], now[key], documents, compare, diffs);
  }
  return foldMovedFields(path, old, now, diffs, documents);
}

// Keywords compared as plain values: `type`, `format`, limits, `default`, descriptions, and
// `items` or `additionalProperties` where one side is not a schema (`true`, `false`, absent).
function compareValues(
  path: JsonPath,
  old: Record<string, unknown>,
  now: Record<string, unknown>,
  diffs: SpecDiff[],
): void {
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    const [a, b] = [old[key], now[key]];
    const isBothSchemas = isRecord(a) && isRecord(b);
    if (key === "items" || key === "additionalProperties" ? isBothSchemas : STRUCTURE.has(key)) {
      continue;
    }
    if (
      key === "type" ? isDeepStrictEqual(sortedTypes(a), sortedTypes(b)) : isDeepStrictEqual(a, b)
    )
      continue;
    if (a === undefined) diffs.push(diff("add", [...path, key], undefined, b));
    else if (b === undefined) diffs.push(diff("remove", [...path, key], a, undefined));
    else diffs.push(diff("replace", [...path, key], a, b));
  }
}

function sortedTypes(type: unknown): unknown {
  return Array.isArray(type) ? (type.length === 1 ? type[0] : [...type].sort()) : type;
}

// Values gone and values new, paired in order as replacements when their counts match: the
// library reports a renamed value so, and a rename reads better as one change.
function compareEnum(path: JsonPath, old: unknown, now: unknown, diffs: SpecDiff[]): void {
  const before = Array.isArray(old) ? old : [];
  const after = Array.isArray(now) ? now : [];
  const has = (list: unknown[], value: unknown): boolean =>
    list.some((item) => isDeepStrictEqual(item, value));
  const gone = before.flatMap((value, index) => (has(after, value) ? [] : [{ value, index }]));
  const added = after.flatMap((value, index) => (has(before, value) ? [] : [{ value, index }]));
  if (gone.length === added.length) {
    gone.forEach(({ value, index }, position) => {
      diffs.push(diff("replace", [...path, "enum", index], value, added[position]?.value));
    });
    return;
  }
  for (const { value, index } of gone) {
    diffs.push(diff("remove", [...path, "enum", index], value, undefined));
  }
  for (const { value, index } of added) {
    diffs.push(diff("add", [...path, "enum", index], undefined, value));
  }
}

function compareRequired(path: JsonPath, old: unknown, now: unknown, diffs: SpecDiff[]): void {
  const before = Array.isArray(old) ? old.map(String) : [];
  const after = Array.isArray(now) ? now.map(String) : [];
  before.forEach((name, index) => {
    if (!after.includes(name))
      diffs.push(diff("remove", [...path, "required", index], name, undefined));
  });
  after.forEach((name, index) => {
    if (!before.includes(name))
      diffs.push(diff("add", [...path, "required", index], undefined, name));
  });
}

/** Compares two subschemas at a path, carrying what the outer comparison has seen. */
type Compare = (at: JsonPath, before: unknown, after: unknown) => SpecDiff[];

function compareProperties(
  path: JsonPath,
  old: unknown,
  now: unknown,
  compare: Compare,
  diffs: SpecDiff[],
): void {
  const before = isRecord(old) ? old : {};
  const after = isRecord(now) ? now : {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const at = [...path, "properties", name];
    if (!(name in after)) diffs.push(diff("remove", at, before[name], undefined));
    else if (!(name in before)) diffs.push(diff("add", at, undefined, after[name]));
    else diffs.push(...compare(at, before[name], after[name]));
  }
}

// Variants are matched by meaning, not by position: one added to or removed from the list
// is reported as such, and variants at one position that differ are compared keyword by keyword.
function compareVariants(
  path: JsonPath,
  old: unknown,
  now: unknown,
  documents: SchemaDocuments,
  compare: Compare,
  diffs: SpecDiff[],
): void {
  const before = Array.isArray(old) ? old : [];
  const after = Array.isArray(now) ? now : [];
  const key = (document: unknown, variant: unknown): string => canonicalSchema(document, variant);
  const beforeKeys = before.map((variant) => key(documents.before, variant));
  const afterKeys = after.map((variant) => key(documents.after, variant));
  const removed = before.flatMap((variant, index) =>
    afterKeys.includes(beforeKeys[index] ?? "") ? [] : [{ variant, index }],
  );
  const added = after.flatMap((variant, index) =>
    beforeKeys.includes(afterKeys[index] ?? "") ? [] : [{ variant, index }],
  );
  if (removed.length === added.length) {
    removed.forEach((entry, position) => {
      const partner = added[position];
      if (partner === undefined) return;
      diffs.push(...compare([...path, partner.index], entry.variant, partner.variant));
    });
    return;
  }
  for (const { variant, index } of removed)
    diffs.push(diff("remove", [...path, index], variant, undefined));
  for (const { variant, index } of added)
    diffs.push(diff("add", [...path, index], undefined, variant));
}
