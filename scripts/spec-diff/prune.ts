/**
 * Tidies api-smart-diff's list before it is phrased: the library reports a change to a shared
 * schema twice (under every operation that reaches it, and again under `components`), a new
 * required property twice (the property and its `required` entry), and a vanished `enum` once
 * per value. Each of those becomes one change here; normalize.ts reshapes the rest.
 */
import type { Diff } from "api-smart-diff";
import { isObject } from "../shared/guards.js";
import { expandContainers, recompareFields, type Documents } from "./normalize.js";
import { resolveAt, toJsonPointer } from "./pointer.js";
import { reachedComponents } from "./reach.js";
import type { SpecDiff } from "./site.js";

/** The tidied changes, and the properties whose `required` entry was folded into them. */
export interface PrunedDiffs {
  diffs: SpecDiff[];
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

/** Tidies the library's diffs; see the module comment. */
export function pruneDiffs(diffs: Diff[], documents: Documents): PrunedDiffs {
  const expanded = expandContainers(diffs);
  // Walking both documents for the components their operations reach costs a second on a
  // large spec: done only when a change lies inside a component.
  const used = expanded.some(isInsideComponent)
    ? new Set([...usedComponents(documents.before), ...usedComponents(documents.after)])
    : new Set<string>();
  const unique = expanded.filter((diff) => !isSeenThroughAnOperation(diff, used));
  const recompared = recompareFields(unique, documents);
  const { kept, requiredProperties } = foldRequiredEntries(recompared);
  return { diffs: groupWholeEnums(kept, documents.before), requiredProperties };
}

/**
 * `#/components/<section>/<name>` of every component an operation reaches, directly or through
 * other components.
 */
function usedComponents(document: unknown): Set<string> {
  return reachedComponents(document, isObject(document) ? [document["paths"]] : []);
}

/**
 * A change inside a component that an operation uses: api-smart-diff follows `$ref`s, so the
 * change is already reported under each operation. Whole components added or removed are kept:
 * they add or remove an exported type.
 */
function isSeenThroughAnOperation(diff: Diff, used: ReadonlySet<string>): boolean {
  if (!isInsideComponent(diff)) return false;
  const [root, section, name] = diff.path;
  return used.has("#" + toJsonPointer([String(root), String(section), String(name)]));
}

/** A change below a component of a section api-smart-diff also reports through operations. */
function isInsideComponent(diff: Diff): boolean {
  const [root, section] = diff.path;
  return (
    root === "components" && DEREFERENCED_SECTIONS.has(String(section)) && diff.path.length > 3
  );
}

function foldRequiredEntries(diffs: SpecDiff[]): {
  kept: SpecDiff[];
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
function groupWholeEnums(diffs: SpecDiff[], before: unknown): SpecDiff[] {
  const groups = new Map<string, SpecDiff[]>();
  for (const diff of diffs) {
    if (!isEnumValueDiff(diff)) continue;
    const key = toJsonPointer(diff.path.slice(0, -1));
    groups.set(key, [...(groups.get(key) ?? []), diff]);
  }
  const replaced = new Map<SpecDiff, SpecDiff | undefined>();
  for (const members of groups.values()) {
    const first = members[0];
    if (first === undefined) continue;
    const enumPath = first.path.slice(0, -1);
    const beforeValues = resolveAt(before, enumPath);
    const count = Array.isArray(beforeValues) ? beforeValues.length : 0;
    const isAllOneAction = members.every((member) => member.action === first.action);
    const isWhole =
      isObject(resolveAt(before, enumPath.slice(0, -1))) &&
      isAllOneAction &&
      (first.action === "add" ? count === 0 : count === members.length);
    if (!isWhole) continue;
    const values = members.map((member) => (first.action === "add" ? member.after : member.before));
    const grouped: SpecDiff = {
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
