/**
 * Reads the part of a diff path below a schema as a caller names it: the field (`a[].b`) and the
 * keyword that changed there.
 */
import type { JsonPath } from "./pointer.js";

/**
 * Splits the part of a diff path inside a schema into the field it concerns and the keyword
 * that changed: `properties/a/items/properties/b/type` → field `a[].b`, keyword `["type"]`.
 * A keyword of `[]` means the field itself was added, removed or replaced.
 */
export function splitSchemaPath(path: JsonPath): { field: string; keyword: JsonPath } {
  let field = "";
  const join = (name: string): string => (field ? `${field}.${name}` : name);
  let index = 0;
  while (index < path.length) {
    const key = path[index];
    const next = path[index + 1];
    const isLast = index === path.length - 1;
    if (key === "properties" && next !== undefined) {
      field = join(String(next));
      index += 2;
    } else if ((key === "items" || key === "additionalProperties") && !isLast) {
      field += key === "items" ? "[]" : "[key]";
      index += 1;
    } else if (key === "patternProperties" && next !== undefined && index + 2 < path.length) {
      // Fields whose names match a pattern: not a field named after the pattern.
      field += `[/${String(next)}/]`;
      index += 2;
    } else if (
      (key === "allOf" || key === "anyOf" || key === "oneOf") &&
      typeof next === "number" &&
      index + 2 < path.length
    ) {
      // A variant with more path after it is only a step towards the change: api-smart-diff also
      // wraps `$ref` + siblings in `allOf`, which the caller never wrote.
      index += 2;
    } else {
      break;
    }
  }
  return { field, keyword: path.slice(index) };
}
