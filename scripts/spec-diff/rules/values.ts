/**
 * Rules for what values a field may hold: its `type`, whether it may be `null`, and its `enum`.
 * A caller sends requests and reads responses, so the same change is safe one way and breaking
 * the other: a wider request field is safe, a wider response field is not.
 */
import { isDeepStrictEqual } from "node:util";
import { verdict, type CallerRule, type Verdict } from "../classes.js";
import { formatValue, isNowNullable } from "../phrase.js";
import { resolveAt } from "../pointer.js";
import {
  isReadSchema,
  isSentSchema,
  type ChangeSite,
  type DescribeContext,
  type SpecDiff,
} from "../site.js";
import { codeSpan } from "../render/escape.js";

/** Reason for a response field that may now be `null`, naming the type callers assumed. */
export function nullReason(typeLabel: string): string {
  return (
    `breaking for code that assumed ${typeLabel}: the generated type now includes \`null\`, so ` +
    "uses without a null check no longer compile, and fail at runtime"
  );
}

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
      return verdict(
        "safe",
        "the API accepts more types than before; every existing call still fits",
      );
    }
    return isSameInTypeScript
      ? verdict(
          "breaking",
          `compiles (both are ${label(after)} in TypeScript), but calls that send a fraction are now rejected`,
        )
      : verdict("breaking", "calls that send the old type are now rejected, and no longer compile");
  }
  if (isWithin(after, before)) {
    return verdict("safe", "callers receive a narrower type than they already handle");
  }
  if (isSameInTypeScript) {
    return verdict(
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
  if (isOnlyNullAdded) return verdict("breaking", nullReason(label(before)));
  return verdict(
    "breaking",
    `code written for ${label(before)} no longer compiles against ${label(after)}, or misreads the value`,
  );
}

/** The enum's values before and after, looked up in both documents. */
function enumsAround(diff: SpecDiff, context: DescribeContext): [unknown[], unknown[]] {
  const enumPath = diff.path.slice(0, -1);
  const read = (document: unknown): unknown[] => {
    const values = resolveAt(document, enumPath);
    return Array.isArray(values) ? values : [];
  };
  return [read(context.before), read(context.after)];
}

function has(values: unknown[], value: unknown): boolean {
  return values.some((item) => isDeepStrictEqual(item, value));
}

function enumValueVerdict(diff: SpecDiff, site: ChangeSite, context: DescribeContext): Verdict {
  const [before, after] = enumsAround(diff, context);
  const isOldGone = diff.action !== "add" && !has(after, diff.before);
  const isNewValue = diff.action !== "remove" && !has(before, diff.after);
  const lostAny = before.some((value) => !has(after, value));
  const gainedAny = after.some((value) => !has(before, value));
  if (!isOldGone && !isNewValue) {
    return verdict("safe", "the same values in another order");
  }
  if (isSentSchema(site)) {
    if (!isOldGone)
      return verdict("safe", "the API accepts one more value; existing calls still work");
    const old = formatValue(diff.before);
    return verdict("breaking", `calls that send ${old} are now rejected, and no longer compile`);
  }
  if (isOldGone && isNewValue) {
    const [old, now] = [formatValue(diff.before), formatValue(diff.after)];
    return verdict(
      "breaking",
      `a rename: code that names ${old} (\`case\`, comparisons) no longer compiles, ` +
        `and what was ${old} now arrives as ${now}, which it does not handle`,
    );
  }
  if (lostAny && gainedAny) {
    return verdict(
      "breaking",
      "the list lost values as it gained others, which reads as a rename: code that names a " +
        "removed value no longer compiles, and the new values arrive unhandled",
    );
  }
  return isNewValue
    ? verdict(
        "review",
        "compiles, but a `switch` or lookup over the known values may not handle the new one",
      )
    : verdict("safe", "callers now receive a subset of the values they already handle");
}

/** Rules for `type`, `nullable` and `enum` in request and response schemas. */
export const VALUE_RULES: readonly CallerRule[] = [
  // Whether a field may be `null`, however it is written (`type: [X, "null"]`, `anyOf` with a
  // `null` variant, OpenAPI 3.0 `nullable`): compared on its own by compare-schemas.ts.
  {
    applies: (_diff, site) =>
      (isSentSchema(site) || isReadSchema(site)) &&
      site.keyword.length === 1 &&
      site.keyword[0] === "nullable",
    verdict: (diff, site) => {
      const isNullable = isNowNullable(diff);
      if (isSentSchema(site)) {
        return isNullable
          ? verdict("safe", "the API now also accepts `null`; existing calls still work")
          : verdict("breaking", "calls that send `null` are now rejected, and no longer compile");
      }
      return isNullable
        ? verdict("breaking", nullReason(diff.typeLabel ?? "a value"))
        : verdict("safe", "callers no longer receive `null`, a case they already handle");
    },
  },
  // A value added, removed or renamed (the library reports a rename as a replacement): judged
  // on the whole list, so that a rename and a pure reordering are told apart.
  {
    applies: (_diff, site) =>
      (isSentSchema(site) || isReadSchema(site)) &&
      site.keyword.length === 2 &&
      site.keyword[0] === "enum" &&
      typeof site.keyword[1] === "number",
    verdict: enumValueVerdict,
  },
  // A whole enum appearing narrows the values; vanishing widens them. Narrowing is safe for what
  // callers receive and breaking for what they send; widening the other way round.
  {
    applies: (_diff, site) =>
      site.isSchema && site.keyword.length === 1 && site.keyword[0] === "enum",
    verdict: (diff, site) => {
      const isNarrowing = diff.action === "add";
      if (site.direction === "response") {
        return isNarrowing
          ? verdict("safe", "callers now receive a subset of the values they already handle")
          : verdict(
              "review",
              "callers may now receive values outside the old list and must handle them",
            );
      }
      return isNarrowing
        ? verdict("breaking", "calls that send a value outside the list are now rejected")
        : verdict("safe", "the API now accepts any value, including the listed ones");
    },
  },
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
