/**
 * Rules for a field's access mode. `readOnly`: the API sends the field but ignores it in
 * requests. `writeOnly`: callers send it but the API never returns it. The generated types do
 * not show either (openapi-typescript marks `readOnly` fields `readonly`, which assignability
 * ignores), so each rule says what changes on the wire.
 */
import { isRecord } from "../../shared/guards.js";
import { verdict, type CallerRule, type Verdict } from "../classes.js";
import { resolveAt } from "../pointer.js";
import type { ChangeSite, DescribeContext, SpecDiff } from "../site.js";

/** True when the mode is on after `diff`. */
const isNowOn = (diff: SpecDiff): boolean => diff.action !== "remove" && diff.after === true;

/** True when the property the mode belongs to (`…/properties/<name>/writeOnly`) is required. */
function isRequired(document: unknown, path: SpecDiff["path"]): boolean {
  if (path[path.length - 3] !== "properties") return false;
  const object = resolveAt(document, path.slice(0, -3));
  const required = isRecord(object) ? object["required"] : undefined;
  return Array.isArray(required) && required.includes(path[path.length - 2]);
}

function writeOnlyVerdict(diff: SpecDiff, site: ChangeSite, context: DescribeContext): Verdict {
  if (site.direction === "request") {
    return verdict(
      "safe",
      "calls send it either way; `writeOnly` only says the API does not return it",
    );
  }
  if (!isNowOn(diff)) {
    return verdict("safe", "the API may now return it; the generated type already lists it");
  }
  const reason =
    "the generated type still lists it, but the API stops returning it: code that reads it gets `undefined`";
  return isRequired(context.after, diff.path)
    ? verdict("breaking", reason)
    : verdict("review", reason);
}

function readOnlyVerdict(diff: SpecDiff, site: ChangeSite): Verdict {
  if (site.direction !== "request") {
    return verdict(
      "safe",
      "the API returns it either way; `readOnly` only says it ignores it in requests",
    );
  }
  return isNowOn(diff)
    ? verdict(
        "review",
        "the generated type still lets calls send it, but the API now ignores it: calls that set it no longer change it",
      )
    : verdict("safe", "the API now takes it from requests; calls that do not send it still work");
}

/** Rules for `readOnly` and `writeOnly` in request and response schemas. */
export const MODE_RULES: readonly CallerRule[] = [
  {
    applies: (_diff, site) =>
      site.isSchema &&
      site.direction !== "none" &&
      site.keyword.length === 1 &&
      site.keyword[0] === "writeOnly",
    verdict: writeOnlyVerdict,
  },
  {
    applies: (_diff, site) =>
      site.isSchema &&
      site.direction !== "none" &&
      site.keyword.length === 1 &&
      site.keyword[0] === "readOnly",
    verdict: (diff, site) => readOnlyVerdict(diff, site),
  },
];
