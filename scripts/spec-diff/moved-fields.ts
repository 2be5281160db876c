/**
 * Recognises fields moved from an object into its `oneOf` or `anyOf` variants. Compared keyword
 * by keyword, that move reads as every field removed and every variant added; a caller sees the
 * same fields, now spread over variants, so it is reported as one change.
 */
import { isRecord } from "../shared/guards.js";
import { resolveNode, toJsonPointer, type JsonPath } from "./pointer.js";
import { typesOf } from "./schema.js";
import type { SpecDiff } from "./site.js";

/** The documents two versions of a schema come from, for their `$ref`s. */
interface Documents {
  before: unknown;
  after: unknown;
}

const isAt = (diff: SpecDiff, path: JsonPath): boolean =>
  toJsonPointer(diff.path.slice(0, -1)) === toJsonPointer(path) &&
  diff.path.length === path.length + 1;

function propertyNames(document: unknown, schema: unknown): string[] {
  const node = resolveNode(document, schema);
  const properties = isRecord(node) ? node["properties"] : undefined;
  return isRecord(properties) ? Object.keys(properties) : [];
}

/**
 * `diffs` (the changes of the schema at `path`, from `old` to `now`) with fields that moved into
 * new variants folded into one change at `<path>/<oneOf|anyOf>`, whose `movedFields` names them.
 */
export function foldMovedFields(
  path: JsonPath,
  old: Record<string, unknown>,
  now: Record<string, unknown>,
  diffs: SpecDiff[],
  documents: Documents,
): SpecDiff[] {
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const variants = diffs.filter(
      (diff) => diff.action === "add" && isAt(diff, [...path, keyword]),
    );
    const inVariants = new Set(
      variants.flatMap((diff) => propertyNames(documents.after, diff.after)),
    );
    const removed = diffs.filter(
      (diff) =>
        diff.action === "remove" &&
        isAt(diff, [...path, "properties"]) &&
        inVariants.has(String(diff.path[diff.path.length - 1])),
    );
    if (removed.length === 0) continue;
    const sameTypes =
      JSON.stringify([...(typesOf(documents.before, old) ?? [])].sort()) ===
      JSON.stringify([...(typesOf(documents.after, now) ?? [])].sort());
    // A `type: object` that moved into the variants with the fields is part of the move.
    const folded = new Set<SpecDiff>([
      ...removed,
      ...variants,
      ...diffs.filter((diff) => sameTypes && isAt(diff, path) && diff.path.at(-1) === "type"),
    ]);
    const moved: SpecDiff = {
      type: "unclassified",
      action: "replace",
      path: [...path, keyword],
      before: old["properties"],
      after: now[keyword],
      meaning: "moved",
      movedFields: removed.map((diff) => String(diff.path[diff.path.length - 1])),
    };
    const index = diffs.findIndex((diff) => folded.has(diff));
    return [
      ...diffs.slice(0, index).filter((diff) => !folded.has(diff)),
      moved,
      ...diffs.slice(index).filter((diff) => !folded.has(diff)),
    ];
  }
  return diffs;
}
