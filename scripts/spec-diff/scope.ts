/**
 * The part of two revisions that can hold a change. A unit (an operation's path item, a webhook,
 * a component) that is the same in both revisions, and reaches nothing that differs, gives
 * api-smart-diff nothing to report, whatever it says; so the comparison reads only the units that
 * differ, those that reach one that differs through their `$ref`s, and all those reach. The
 * validation reads only the units that differ and all they reach. Their time then follows the
 * size of the change, not of the spec: ten edits of GitHub's 811 paths touch 239 of them.
 */
import { isDeepStrictEqual } from "node:util";
import { isObject, isRecord } from "../shared/guards.js";
import type { OpenAPIDocument } from "./load.js";
import { fromJsonPointer } from "./pointer.js";
import { trimUnitPair } from "./trim.js";

/** The two revisions, cut down to what may differ. */
export interface ScopedPair {
  base: OpenAPIDocument;
  head: OpenAPIDocument;
}

// A unit is one entry of one of these: `paths/<path>`, `webhooks/<name>`, or
// `components/<section>/<name>`, written as the JSON path of its entry, joined by NUL.
const SEPARATOR = "\u0000";
// Read whole by the rules, and small: never cut.
const WHOLE_SECTIONS = new Set(["securitySchemes"]);

/** Where the units of `document` are: each collection that holds them, and its JSON path. */
function collections(document: OpenAPIDocument): Array<[string[], Record<string, unknown>]> {
  const found: Array<[string[], Record<string, unknown>]> = [];
  for (const root of ["paths", "webhooks"]) {
    const collection = document[root];
    if (isRecord(collection)) found.push([[root], collection]);
  }
  const components = document["components"];
  if (!isRecord(components)) return found;
  for (const [section, collection] of Object.entries(components)) {
    if (!WHOLE_SECTIONS.has(section) && isRecord(collection)) {
      found.push([["components", section], collection]);
    }
  }
  return found;
}

/** Every unit of `document`, by its key, with its value. */
function unitsOf(document: OpenAPIDocument): Map<string, unknown> {
  const units = new Map<string, unknown>();
  for (const [at, collection] of collections(document)) {
    for (const [name, value] of Object.entries(collection)) {
      units.set([...at, name].join(SEPARATOR), value);
    }
  }
  return units;
}

/**
 * The unit a reference lands in, a key of `units`; null for a place outside every collection of
 * units (the document's `info`, an extension, a security scheme), which stays whole; undefined
 * for one the cut cannot keep apart: a whole collection, the whole document, or a unit it cannot
 * find.
 */
function unitOfReference(
  ref: string,
  units: ReadonlyMap<string, unknown>,
): string | null | undefined {
  let path: string[];
  try {
    path = fromJsonPointer(ref.slice(1));
  } catch {
    return undefined;
  }
  const [root, section] = path;
  if (root !== "paths" && root !== "webhooks" && root !== "components") {
    return root === undefined ? undefined : null;
  }
  if (root === "components" && WHOLE_SECTIONS.has(section ?? "")) return null;
  const length = root === "components" ? 3 : 2;
  const key = path.slice(0, length).join(SEPARATOR);
  return path.length >= length && units.has(key) ? key : undefined;
}

/**
 * The units `value` refers to: its `$ref`s, and the schemas its discriminator mappings name
 * (the generator follows those); undefined when one refers to a whole collection.
 */
function referencesOf(
  value: unknown,
  units: ReadonlyMap<string, unknown>,
): Set<string> | undefined {
  const found = new Set<string>();
  // A stack, not recursion: a large spec nests deeper than the call stack allows.
  const pending = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!isObject(node)) continue;
    const targets: unknown[] = [node["$ref"]];
    const mapping = isRecord(node["discriminator"]) ? node["discriminator"]["mapping"] : undefined;
    if (isRecord(mapping)) {
      for (const target of Object.values(mapping)) {
        targets.push(
          typeof target === "string" && !target.startsWith("#")
            ? `#/components/schemas/${target}`
            : target,
        );
      }
    }
    for (const target of targets) {
      if (typeof target !== "string" || !target.startsWith("#")) continue;
      const unit = unitOfReference(target, units);
      if (unit === undefined) return undefined;
      if (unit !== null) found.add(unit);
    }
    for (const child of Object.values(node)) if (isObject(child)) pending.push(child);
  }
  return found;
}

/**
 * `document` with only the units in `kept`, each as `trimmed` has it when it is there; everything
 * else as it is.
 */
function cut(
  document: OpenAPIDocument,
  kept: ReadonlySet<string>,
  trimmed: ReadonlyMap<string, unknown> = new Map(),
): OpenAPIDocument {
  const scoped: OpenAPIDocument = { ...document };
  const components = isRecord(document["components"]) ? { ...document["components"] } : undefined;
  for (const [at, collection] of collections(document)) {
    const entries = Object.entries(collection)
      .filter(([name]) => kept.has([...at, name].join(SEPARATOR)))
      .map(([name, value]): [string, unknown] => {
        const key = [...at, name].join(SEPARATOR);
        return [name, trimmed.has(key) ? trimmed.get(key) : value];
      });
    const [root, section] = at;
    if (section !== undefined && components !== undefined) {
      components[section] = Object.fromEntries(entries);
    } else if (root !== undefined) {
      scoped[root] = Object.fromEntries(entries);
    }
  }
  if (components !== undefined) scoped["components"] = components;
  return scoped;
}

/** Every unit `start` leads to along `edges`, `start` included. */
function closure(start: Iterable<string>, edges: ReadonlyMap<string, Set<string>>): Set<string> {
  const reached = new Set<string>();
  const pending = [...start];
  while (pending.length > 0) {
    const key = pending.pop() as string;
    if (reached.has(key)) continue;
    reached.add(key);
    pending.push(...(edges.get(key) ?? []));
  }
  return reached;
}

/** Two cuts of a pair of revisions. */
export interface Scopes {
  /**
   * The units that differ, those that reach one that differs, and all they reach: what
   * api-smart-diff compares, which reports a change to a shared schema under each operation.
   */
  compared: ScopedPair;
  /** The units that differ, and all they reach: what is validated. */
  changed: ScopedPair;
}

// The last pair cut: the validation and the comparison of one run cut the same documents.
let last: { base: OpenAPIDocument; head: OpenAPIDocument; scopes: Scopes } | undefined;

/**
 * `base` and `head` cut down (see {@link Scopes}), in either revision; the documents as they
 * are when a reference names a whole collection (`#/components/schemas`). The cuts share
 * objects with the documents.
 */
export function scopePair(base: OpenAPIDocument, head: OpenAPIDocument): Scopes {
  if (last?.base === base && last.head === head) return last.scopes;
  const scopes = cutPair(base, head);
  last = { base, head, scopes };
  return scopes;
}

function cutPair(base: OpenAPIDocument, head: OpenAPIDocument): Scopes {
  const whole = { compared: { base, head }, changed: { base, head } };
  const [before, after] = [unitsOf(base), unitsOf(head)];
  const keys = new Set([...before.keys(), ...after.keys()]);
  const changed = [...keys].filter((key) => !isDeepStrictEqual(before.get(key), after.get(key)));
  // Who refers to whom, in either revision.
  const referrers = new Map<string, Set<string>>();
  const references = new Map<string, Set<string>>();
  for (const units of [before, after]) {
    for (const [key, value] of units) {
      const targets = referencesOf(value, units);
      if (targets === undefined) return whole;
      const known = references.get(key) ?? new Set();
      for (const target of targets) {
        known.add(target);
        referrers.set(target, (referrers.get(target) ?? new Set()).add(key));
      }
      references.set(key, known);
    }
  }
  const affected = closure(changed, referrers);
  const trimmed = trimUnits(affected, { before, after }, references);
  if (trimmed === undefined) return whole;
  const compared = closure(affected, trimmed.references);
  const validated = closure(changed, references);
  return {
    compared: {
      base: cut(base, compared, trimmed.before),
      head: cut(head, compared, trimmed.after),
    },
    changed: { base: cut(base, validated), head: cut(head, validated) },
  };
}

/** The affected units of both revisions trimmed (trim.ts), and the references they keep. */
interface TrimmedUnits {
  before: Map<string, unknown>;
  after: Map<string, unknown>;
  /** `references` with those of the trimmed units in place of their own. */
  references: Map<string, Set<string>>;
}

/**
 * Trims each unit in `affected` (one that changes or reaches one that does) that both revisions
 * have; undefined when a trimmed unit refers to a whole collection.
 */
function trimUnits(
  affected: ReadonlySet<string>,
  units: { before: ReadonlyMap<string, unknown>; after: ReadonlyMap<string, unknown> },
  references: ReadonlyMap<string, Set<string>>,
): TrimmedUnits | undefined {
  const reaches = (value: unknown): boolean => {
    const targets = referencesOf(value, units.before);
    return targets === undefined || [...targets].some((target) => affected.has(target));
  };
  const trimmed: TrimmedUnits = {
    before: new Map(),
    after: new Map(),
    references: new Map(references),
  };
  for (const key of affected) {
    if (!units.before.has(key) || !units.after.has(key)) continue;
    const [before, after] = trimUnitPair(units.before.get(key), units.after.get(key), reaches);
    const [fromBefore, fromAfter] = [
      referencesOf(before, units.before),
      referencesOf(after, units.after),
    ];
    if (fromBefore === undefined || fromAfter === undefined) return undefined;
    trimmed.before.set(key, before);
    trimmed.after.set(key, after);
    trimmed.references.set(key, new Set([...fromBefore, ...fromAfter]));
  }
  return trimmed;
}
