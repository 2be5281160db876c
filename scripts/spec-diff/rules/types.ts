/**
 * The rule for a field's `type`: widened, narrowed or changed, including `integer` to `number`,
 * which TypeScript does not tell apart. A wider request type is safe and a wider response type
 * is not; the reason says what TypeScript sees, and agrees with the generated types.
 */
import { typed, type CallerRule, type Verdict } from "../classes.js";
import { resolveAt } from "../pointer.js";
import { codeSpan } from "../render/escape.js";
import {
  isReadSchema,
  isSentSchema,
  type ChangeSite,
  type DescribeContext,
  type SpecDiff,
} from "../site.js";
import { nullReason } from "./values.js";

// JSON types as sets; undefined means any type. `integer` is a kind of `number`.
type Types = Set<string> | undefined;

function toTypes(type: unknown): Types {
  if (type === undefined) return undefined;
  return new Set((Array.isArray(type) ? type : [type]).map(String));
}

function isWithin(inner: Types, outer: Types): boolean {
  if (outer === undefined) return true;
  if (inner === undefined) return false;
  return [...inner].every((type) => outer.has(type) || (type === "integer" && outer.has("number")));
}

/** The types TypeScript sees: `integer` and `number` are both `number`; `null` comes last. */
function inTypeScript(types: Types): string {
  if (types === undefined) return "unknown";
  const names = new Set([...types].map((type) => (type === "integer" ? "number" : type)));
  const rank = (name: string): string => (name === "null" ? "~" : name);
  return [...names].sort((a, b) => rank(a).localeCompare(rank(b))).join(" | ");
}

function label(types: Types): string {
  return codeSpan(inTypeScript(types));
}

/**
 * The `type` before and after a diff at `…/type`, or at one entry `…/type/<index>` of a list,
 * which is looked up whole in both documents (the entry alone if the lookup fails).
 */
function typesAround(diff: SpecDiff, site: ChangeSite, context: DescribeContext): [Types, Types] {
  if (site.keyword.length === 1) return [toTypes(diff.before), toTypes(diff.after)];
  const typePath = diff.path.slice(0, diff.path.length - site.keyword.length + 1);
  const before = resolveAt(context.before, typePath);
  const after = resolveAt(context.after, typePath);
  if (before === undefined || after === undefined) {
    return [toTypes(diff.before), toTypes(diff.after)];
  }
  return [toTypes(before), toTypes(after)];
}

function typeVerdict(before: Types, after: Types, site: ChangeSite): Verdict {
  const isSameInTypeScript = inTypeScript(before) === inTypeScript(after);
  if (isSentSchema(site)) {
    if (isWithin(before, after)) {
      return typed(
        "compiles",
        "safe",
        "the API accepts more types than before; every existing call still fits",
      );
    }
    return isSameInTypeScript
      ? typed(
          "same",
          "breaking",
          `compiles (both are ${label(after)} in TypeScript), but calls that send a fraction are now rejected`,
        )
      : typed(
          "breaks",
          "breaking",
          "calls that send the old type are now rejected, and no longer compile",
        );
  }
  if (isWithin(after, before)) {
    return typed("compiles", "safe", "callers receive a narrower type than they already handle");
  }
  if (isSameInTypeScript) {
    return typed(
      "same",
      "review",
      `compiles (both are ${label(after)} in TypeScript), but the value may now have a fraction; ` +
        "code that assumes a whole number must handle it",
    );
  }
  const withoutNull = (types: Types): Types =>
    types === undefined ? undefined : new Set([...types].filter((type) => type !== "null"));
  const isOnlyNullAdded =
    after?.has("null") === true &&
    before?.has("null") === false &&
    inTypeScript(withoutNull(after)) === inTypeScript(before);
  if (isOnlyNullAdded) return typed("breaks", "breaking", nullReason(label(before)));
  return typed(
    "breaks",
    "breaking",
    `code written for ${label(before)} no longer compiles against ${label(after)}, or misreads the value`,
  );
}

/** The rule for `type` in request and response schemas. */
export const TYPE_RULES: readonly CallerRule[] = [
  // A type widened, narrowed or changed, including `integer` to `number`, which TypeScript does
  // not tell apart: the reason says so, and agrees with the generated types.
  {
    applies: (_diff, site) =>
      (isSentSchema(site) || isReadSchema(site)) &&
      site.keyword[0] === "type" &&
      site.keyword.length <= 2,
    verdict: (diff, site, context) => {
      const [before, after] = typesAround(diff, site, context);
      return typeVerdict(before, after, site);
    },
  },
];
