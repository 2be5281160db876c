/**
 * Trims the units scope.ts gives api-smart-diff to the fields that can hold a change. The
 * library follows every `$ref` under every operation it compares, so an operation kept because
 * one field of its response reaches an edited schema is compared with all of that response
 * expanded: on GitHub's spec, ten edits cost it as much as the whole documents. A field (an entry
 * of a `properties` map) that is the same in both revisions and reaches no unit that changes
 * gives it nothing to report; it is left out of both copies (a required one is cut down, see
 * FieldPolicy).
 *
 * The library pairs what it compares by name, but not everywhere: it may pair two media types,
 * status codes or path templates of different names, and the members of an array by likeness.
 * So the walk goes only where the pairing is by name whatever the library does: through objects
 * with the same keys in both revisions, into `properties` maps (a field is its name), and into
 * arrays that are the same in both, whose members are trimmed alike.
 */
import { isDeepStrictEqual } from "node:util";
import { isObject, isRecord } from "../shared/guards.js";

/** Whether a value refers, through its `$ref`s, to a unit that changes. */
export type ReachesChange = (value: unknown) => boolean;

type Pair = [before: unknown, after: unknown];

/** `record[key] = value`, also for a key named `__proto__`, which assignment would not set. */
function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function trimArrays(before: unknown[], after: unknown[], reaches: ReachesChange): Pair {
  if (!isDeepStrictEqual(before, after)) return [before, after];
  const pairs = before.map((member, index) => trimValues(member, after[index], reaches));
  return pairs.some(([b, a], index) => b !== before[index] || a !== after[index])
    ? [pairs.map(([b]) => b), pairs.map(([, a]) => a)]
    : [before, after];
}

/**
 * What to do with the fields of a `properties` map that are the same in both revisions and reach
 * no change. The library reads a required field's schema when it classes a change to the
 * `required` list, and reports an error for a required field it cannot find: a required field
 * stays whole when the list changes, and is otherwise cut down to its own keywords (its `$ref`
 * and nested schemas left out), the same in both copies.
 */
interface FieldPolicy {
  required: ReadonlySet<string>;
  isRequiredChanged: boolean;
}

function fieldPolicy(before: Record<string, unknown>, after: Record<string, unknown>): FieldPolicy {
  const [was, is] = [before["required"], after["required"]];
  const names = [was, is].flatMap((list) => (Array.isArray(list) ? list.map(String) : []));
  return { required: new Set(names), isRequiredChanged: !isDeepStrictEqual(was, is) };
}

/** A field's schema with only its own keywords whose values are not objects, `$ref` aside. */
function stub(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema).filter(([key, value]) => key !== "$ref" && !isObject(value)),
  );
}

/** `fields`: the pair are `properties` maps, whose fields are trimmed by that policy. */
function trimValues(
  before: unknown,
  after: unknown,
  reaches: ReachesChange,
  fields?: FieldPolicy,
): Pair {
  if (Array.isArray(before) && Array.isArray(after)) return trimArrays(before, after, reaches);
  if (!isRecord(before) || !isRecord(after)) return [before, after];
  const keys = Object.keys(before);
  const hasSameKeys =
    keys.length === Object.keys(after).length && keys.every((key) => Object.hasOwn(after, key));
  if (fields === undefined && !hasSameKeys) return [before, after];
  // Copies made on the first change only: the units share objects with the documents.
  let [b, a] = [before, after];
  for (const key of keys) {
    if (!Object.hasOwn(after, key)) continue;
    const [was, is] = [before[key], after[key]];
    const isRequired = fields?.required.has(key) === true;
    const isTrimmed =
      fields !== undefined &&
      !(isRequired && fields.isRequiredChanged) &&
      isDeepStrictEqual(was, is) &&
      !reaches(was);
    if (isTrimmed && !isRequired) {
      if (b === before) [b, a] = [{ ...before }, { ...after }];
      delete b[key];
      delete a[key];
      continue;
    }
    const [trimmedWas, trimmedIs] = isTrimmed
      ? [stub(was), stub(is)]
      : trimValues(
          was,
          is,
          reaches,
          fields === undefined && key === "properties" ? fieldPolicy(before, after) : undefined,
        );
    if (trimmedWas === was && trimmedIs === is) continue;
    if (b === before) [b, a] = [{ ...before }, { ...after }];
    setOwn(b, key, trimmedWas);
    setOwn(a, key, trimmedIs);
  }
  return [b, a];
}

/**
 * The unit `before` and `after` (its two revisions) without the fields that are the same in both
 * and reach no change (`reaches`); the values themselves when nothing is left out.
 */
export function trimUnitPair(before: unknown, after: unknown, reaches: ReachesChange): Pair {
  return trimValues(before, after, reaches);
}
