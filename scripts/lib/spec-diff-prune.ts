/**
 * Tidies api-smart-diff's list before it is phrased: the library reports a change to a shared
 * schema twice (under every operation that reaches it, and again under `components`), a new
 * required property twice (the property and its `required` entry), and a vanished `enum` once
 * per value. Each of those becomes one change here.
 */
import type { Diff } from "api-smart-diff";
import type { OpenAPIDocument } from "./spec-diff-load.js";
import { resolveAt, toJsonPointer, type JsonPath } from "./spec-diff-pointer.js";

/** The pruned changes, and the properties whose `required` entry was folded into them. */
export interface PrunedDiffs {
  diffs: Diff[];
  /** `<pointer of a property>|<action>` for properties also added to or removed from `required`. */
  requiredProperties: Set<string>;
}

// Components whose content api-smart-diff also reports through the operations that use them.
const DEREFERENCED_SECTIONS = new Set([
  "schemas",
  "parameters",
  "responses",
  "requestBodies",
  "headers",
]);

/** Removes duplicate reports and groups whole-enum changes; see the module comment. */
export function pruneDiffs(diffs: Diff[], before: OpenAPIDocument): PrunedDiffs {
  const operationDiffs = diffs.filter((diff) => diff.path[0] === "paths");
  const unique = diffs.filter((diff) => !isSeenThroughAnOperation(diff, operationDiffs));
  const { kept, requiredProperties } = foldRequiredEntries(unique);
  return { diffs: groupWholeEnums(kept, before), requiredProperties };
}

function isSameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function endsWith(path: JsonPath, tail: JsonPath): boolean {
  const offset = path.length - tail.length;
  return offset >= 0 && tail.every((key, index) => String(path[offset + index]) === String(key));
}

/**
 * A change inside a component (not the whole component) that an operation diff repeats, with the
 * same trailing path and values. Whole components added or removed are kept: they add or remove
 * an exported type.
 */
function isSeenThroughAnOperation(diff: Diff, operationDiffs: Diff[]): boolean {
  const [root, section] = diff.path;
  if (root !== "components" || !DEREFERENCED_SECTIONS.has(String(section))) return false;
  const tail = diff.path.slice(3);
  if (tail.length === 0) return false;
  return operationDiffs.some(
    (other) =>
      endsWith(other.path, tail) &&
      isSameValue(other.after, diff.after) &&
      (diff.after !== undefined || isSameValue(other.before, diff.before)),
  );
}

function foldRequiredEntries(diffs: Diff[]): {
  kept: Diff[];
  requiredProperties: Set<string>;
} {
  const pointers = new Set(diffs.map((diff) => `${toJsonPointer(diff.path)}|${diff.action}`));
  const requiredProperties = new Set<string>();
  const kept = diffs.filter((diff) => {
    const index = diff.path[diff.path.length - 1];
    const isRequiredEntry =
      typeof index === "number" &&
      diff.path[diff.path.length - 2] === "required" &&
      (diff.action === "add" || diff.action === "remove");
    if (!isRequiredEntry) return true;
    const name = String(diff.action === "add" ? diff.after : diff.before);
    const property = `${toJsonPointer([...diff.path.slice(0, -2), "properties", name])}|${diff.action}`;
    if (!pointers.has(property)) return true;
    requiredProperties.add(property);
    return false;
  });
  return { kept, requiredProperties };
}

/**
 * Replaces per-value `enum` diffs by one diff at `…/enum` when the whole list appeared (every
 * value added to a schema that had none) or vanished (every value removed, none added).
 */
function groupWholeEnums(diffs: Diff[], before: OpenAPIDocument): Diff[] {
  const groups = new Map<string, Diff[]>();
  for (const diff of diffs) {
    if (!isEnumValueDiff(diff)) continue;
    const key = toJsonPointer(diff.path.slice(0, -1));
    groups.set(key, [...(groups.get(key) ?? []), diff]);
  }
  const replaced = new Map<Diff, Diff | undefined>();
  for (const members of groups.values()) {
    const first = members[0];
    if (first === undefined) continue;
    const enumPath = first.path.slice(0, -1);
    const schema = resolveAt(before, enumPath.slice(0, -1));
    const beforeValues = resolveAt(before, enumPath);
    const count = Array.isArray(beforeValues) ? beforeValues.length : 0;
    const isAllOneAction = members.every((member) => member.action === first.action);
    const isWhole =
      typeof schema === "object" &&
      schema !== null &&
      isAllOneAction &&
      (first.action === "add" ? count === 0 : count === members.length);
    if (!isWhole) continue;
    const values = members.map((member) => (first.action === "add" ? member.after : member.before));
    const grouped: Diff = {
      type: first.type,
      action: first.action,
      path: enumPath,
      ...(first.action === "add" ? { after: values } : { before: values }),
    };
    members.forEach((member, index) => replaced.set(member, index === 0 ? grouped : undefined));
  }
  return diffs.flatMap((diff) => {
    if (!replaced.has(diff)) return [diff];
    const grouped = replaced.get(diff);
    return grouped ? [grouped] : [];
  });
}

function isEnumValueDiff(diff: Diff): boolean {
  return (
    typeof diff.path[diff.path.length - 1] === "number" &&
    diff.path[diff.path.length - 2] === "enum" &&
    (diff.action === "add" || diff.action === "remove")
  );
}
