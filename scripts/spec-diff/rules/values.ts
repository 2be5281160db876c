/**
 * Rules for what values a field may hold: whether it may be `null`, and its `enum` (its `type`
 * is in types.ts).
 * A caller sends requests and reads responses, so the same change is safe one way and breaking
 * the other: a wider request field is safe, a wider response field is not.
 */
import { isDeepStrictEqual } from "node:util";
import { typed, type CallerRule, type Verdict } from "../classes.js";
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
    return typed("same", "safe", "the same values in another order");
  }
  if (isSentSchema(site)) {
    if (!isOldGone) {
      return typed("compiles", "safe", "the API accepts one more value; existing calls still work");
    }
    const old = formatValue(diff.before);
    return typed(
      "breaks",
      "breaking",
      `calls that send ${old} are now rejected, and no longer compile`,
    );
  }
  if (isOldGone && isNewValue) {
    const [old, now] = [formatValue(diff.before), formatValue(diff.after)];
    return typed(
      "breaks",
      "breaking",
      `a rename: code that names ${old} (\`case\`, comparisons) no longer compiles, ` +
        `and what was ${old} now arrives as ${now}, which it does not handle`,
    );
  }
  if (lostAny && gainedAny) {
    return typed(
      "breaks",
      "breaking",
      "the list lost values as it gained others, which reads as a rename: code that names a " +
        "removed value no longer compiles, and the new values arrive unhandled",
    );
  }
  // The generated union loses the value, and TypeScript refuses a `case` or `===` on a value
  // outside a union (TS2678, TS2367), though callers never receive it any more.
  return isNewValue
    ? typed(
        "compiles",
        "review",
        "compiles, but a `switch` or lookup over the known values may not handle the new one",
      )
    : typed(
        "breaks",
        "breaking",
        `callers no longer receive ${formatValue(diff.before)}, but code that names it ` +
          "(`case`, `===`) no longer compiles (TS2678, TS2367): the generated union no longer has it",
      );
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
          ? typed("compiles", "safe", "the API now also accepts `null`; existing calls still work")
          : typed(
              "breaks",
              "breaking",
              "calls that send `null` are now rejected, and no longer compile",
            );
      }
      return isNullable
        ? typed("breaks", "breaking", nullReason(diff.typeLabel ?? "a value"))
        : typed("compiles", "safe", "callers no longer receive `null`, a case they already handle");
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
          ? typed(
              "compiles",
              "safe",
              "callers now receive a subset of the values they already handle",
            )
          : typed(
              "compiles",
              "review",
              "callers may now receive values outside the old list and must handle them",
            );
      }
      return isNarrowing
        ? typed(
            "breaks",
            "breaking",
            "calls that send a value outside the list are now rejected, and no longer compile",
          )
        : typed("compiles", "safe", "the API now accepts any value, including the listed ones");
    },
  },
];
