/**
 * Which components a part of a document reaches through its `$ref`s, directly or through other
 * components, and the discriminator mappings that name schemas by pointer.
 */
import { isObject, isRecord } from "../shared/guards.js";
import { fromJsonPointer, resolveAt, toJsonPointer } from "./pointer.js";

/** `#/components/<section>/<name>` for a pointer at or below a component; else undefined. */
export function componentOf(ref: string): string | undefined {
  if (!ref.startsWith("#/components/")) return undefined;
  const path = fromJsonPointer(ref.slice(1));
  return path.length >= 3 ? "#" + toJsonPointer(path.slice(0, 3)) : undefined;
}

/**
 * `#/components/<section>/<name>` of every component that `roots` (parts of `document`) and the
 * components named in `seeds` reach, the seeds included; through discriminator mappings too when
 * `isMappingFollowed` (the generator reads them; api-smart-diff does not).
 */
export function reachedComponents(
  document: unknown,
  roots: readonly unknown[],
  seeds: Iterable<string> = [],
  isMappingFollowed = false,
): Set<string> {
  const reached = new Set<string>();
  const pending: unknown[] = [...roots];
  const reach = (ref: unknown): void => {
    const component = typeof ref === "string" ? componentOf(ref) : undefined;
    if (component === undefined || reached.has(component)) return;
    reached.add(component);
    pending.push(resolveAt(document, fromJsonPointer(component.slice(1))));
  };
  for (const seed of seeds) reach(seed);
  // A stack, not recursion: a large spec nests deeper than the call stack allows.
  while (pending.length > 0) {
    const node = pending.pop();
    if (!isObject(node)) continue;
    reach(node["$ref"]);
    const mapping = isRecord(node["discriminator"]) ? node["discriminator"]["mapping"] : undefined;
    if (isMappingFollowed && isRecord(mapping)) Object.values(mapping).forEach(reach);
    for (const child of Object.values(node)) if (isObject(child)) pending.push(child);
  }
  return reached;
}
