/**
 * The part of each revision that the generator needs to show a change: the paths the changes
 * touch, and the components those paths and the changed components reach, in either revision.
 * Generating the declarations of a few operations of a large spec (GitHub's has 1,223) instead
 * of all of them is what keeps spec:diff's time and memory in proportion to the change.
 */
import type { Diff } from "api-smart-diff";
import { isRecord } from "../shared/guards.js";
import type { OpenAPIDocument } from "./load.js";
import { fromJsonPointer } from "./pointer.js";
import { reachedComponents } from "./reach.js";

/** What the changes touch: path keys, and `#/components/<section>/<name>` pointers. */
export interface Touched {
  paths: Set<string>;
  components: Set<string>;
  /** True when the changes reach everything (a whole `paths` or `components` replaced). */
  isAll: boolean;
}

/** What `diffs` (api-smart-diff's, paths as written) touch. */
export function touchedBy(diffs: readonly Diff[]): Touched {
  const touched: Touched = { paths: new Set(), components: new Set(), isAll: false };
  for (const { path, action, before, after } of diffs) {
    const [root, first, second] = path;
    if (root === "paths" && first === undefined && action === "rename") {
      touched.paths.add(String(before)).add(String(after));
    } else if (root === "paths" && first !== undefined) {
      touched.paths.add(String(first));
    } else if (root === "components" && first !== undefined && second !== undefined) {
      touched.components.add(`#/components/${String(first)}/${String(second)}`);
    } else if (root === "paths" || root === "components" || root === "webhooks") {
      touched.isAll = true;
    }
  }
  return touched;
}

function pick(record: unknown, keys: ReadonlySet<string>): Record<string, unknown> {
  return isRecord(record)
    ? Object.fromEntries(Object.entries(record).filter(([key]) => keys.has(key)))
    : {};
}

/**
 * `base` and `head` cut down to what `touched` needs: the touched paths (whole path items) and
 * every component they or the touched components reach in either revision. Each keeps the rest
 * of its top level (`openapi`, `info`, …) and the order of what it keeps.
 */
export function subsetPair(
  base: OpenAPIDocument,
  head: OpenAPIDocument,
  touched: Touched,
): { base: OpenAPIDocument; head: OpenAPIDocument } {
  if (touched.isAll) return { base, head };
  const items = (document: OpenAPIDocument): unknown[] =>
    Object.values(pick(document["paths"], touched.paths));
  const reached = new Set([
    ...reachedComponents(base, items(base), touched.components, true),
    ...reachedComponents(head, items(head), touched.components, true),
  ]);
  const subset = (document: OpenAPIDocument): OpenAPIDocument => {
    const components = isRecord(document["components"]) ? document["components"] : {};
    const kept = Object.fromEntries(
      Object.entries(components).map(([section, entries]) => {
        const names = new Set(
          [...reached]
            .map((pointer) => fromJsonPointer(pointer.slice(1)))
            .filter(([, at]) => at === section)
            .map(([, , name]) => String(name)),
        );
        return [section, pick(entries, names)];
      }),
    );
    const { webhooks: _unchanged, ...rest } = document;
    return { ...rest, paths: pick(document["paths"], touched.paths), components: kept };
  };
  return { base: subset(base), head: subset(head) };
}
