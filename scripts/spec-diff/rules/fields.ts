/**
 * Rules for a schema's shape: fields added, removed or made required, `anyOf`/`oneOf` variants
 * added or removed, and a schema written differently with the same meaning.
 */
import { typed, verdict, type CallerRule } from "../classes.js";
import { isNullOnly, toJsonPointer } from "../pointer.js";
import {
  isReadSchema,
  isSentSchema,
  type ChangeSite,
  type DescribeContext,
  type SpecDiff,
} from "../site.js";
import { nullReason } from "./values.js";

function isRequiredProperty(diff: SpecDiff, context: DescribeContext): boolean {
  return context.requiredProperties.has(`${toJsonPointer(diff.path)}|${diff.action}`);
}

// A field added or removed as a whole is a `properties/<name>` diff whose keyword is empty.
function isField(diff: SpecDiff, site: ChangeSite): boolean {
  return site.keyword.length === 0 && diff.path[diff.path.length - 2] === "properties";
}

/** Rules for fields, `required` and variants in request and response schemas. */
export const FIELD_RULES: readonly CallerRule[] = [
  // Fields moved into `oneOf`/`anyOf` variants: each is still there, in some variant.
  {
    applies: (diff) => diff.meaning === "moved",
    verdict: (diff, site) => {
      const isOneOf = diff.path[diff.path.length - 1] === "oneOf";
      if (isReadSchema(site)) {
        return typed(
          "breaks",
          "breaking",
          "the fields now sit in variants: code that reads them without first narrowing to a variant no longer compiles (TS2339)",
        );
      }
      return isOneOf
        ? verdict(
            "review",
            "each field is still accepted, in one variant, but `oneOf` takes exactly one: calls that send fields of different variants together may now be rejected",
          )
        : typed("compiles", "safe", "each field is still accepted, in some variant");
    },
  },
  // Written differently, same values: a `$ref` inlined, `type` entries reordered.
  {
    applies: (diff) => diff.meaning === "rewritten",
    verdict: () =>
      typed(
        "same",
        "safe",
        "the same values as before; at most the generated type is spelled differently",
      ),
  },
  // The library calls removing an optional response field non-breaking (it was never promised),
  // but the generated type loses the property, so code that reads it stops compiling.
  {
    applies: (diff, site) =>
      isReadSchema(site) && site.keyword.length === 0 && diff.action === "remove",
    verdict: () =>
      typed(
        "breaks",
        "breaking",
        "code that reads it no longer compiles, and gets `undefined` at runtime",
      ),
  },
  // The library calls removing a request field non-breaking, but the generated type loses it:
  // object literals that still set it fail TypeScript's excess-property check.
  {
    applies: (diff, site) => isSentSchema(site) && isField(diff, site) && diff.action === "remove",
    verdict: () =>
      typed(
        "breaks",
        "breaking",
        "calls that still send it no longer compile, and the API ignores or rejects it",
      ),
  },
  // A new request field: required ones are missing from every existing call.
  {
    applies: (diff, site) => isSentSchema(site) && isField(diff, site) && diff.action === "add",
    verdict: (diff, _site, context) =>
      isRequiredProperty(diff, context)
        ? typed(
            "breaks",
            "breaking",
            "existing calls do not send it, so the API rejects them, and they no longer compile",
          )
        : typed("compiles", "safe", "additive: existing calls need not send it"),
  },
  // A new response field, required or not, is data existing code does not read.
  {
    applies: (diff, site) => isReadSchema(site) && isField(diff, site) && diff.action === "add",
    verdict: () =>
      typed("compiles", "safe", "additive: existing code ignores what it does not read"),
  },
  // An existing field made required or optional: the generated type gains or loses its `?`.
  {
    applies: (diff, site) =>
      (isSentSchema(site) || isReadSchema(site)) &&
      site.keyword.length === 2 &&
      site.keyword[0] === "required" &&
      (diff.action === "add" || diff.action === "remove"),
    verdict: (diff, site) => {
      const isNowRequired = diff.action === "add";
      if (isSentSchema(site)) {
        return isNowRequired
          ? typed(
              "breaks",
              "breaking",
              "calls that leave it out are now rejected, and no longer compile",
            )
          : typed("compiles", "safe", "the API asks less of requests; existing calls still work");
      }
      return isNowRequired
        ? typed("compiles", "safe", "callers can now rely on a field they already handle")
        : typed(
            "breaks",
            "breaking",
            "the generated type marks it optional: code that reads it as always there no longer compiles, and gets `undefined` at runtime",
          );
    },
  },
  // A variant added to or removed from `anyOf`/`oneOf` widens or narrows the generated union.
  {
    applies: (diff, site) =>
      (isSentSchema(site) || isReadSchema(site)) &&
      site.keyword.length === 2 &&
      (site.keyword[0] === "anyOf" || site.keyword[0] === "oneOf") &&
      (diff.action === "add" || diff.action === "remove"),
    verdict: (diff, site) => {
      const isWider = diff.action === "add";
      const isNull = isNullOnly(isWider ? diff.after : diff.before);
      if (isSentSchema(site)) {
        return isWider
          ? typed("compiles", "safe", "the API accepts one more shape; existing calls still fit")
          : typed(
              "breaks",
              "breaking",
              "calls that send the removed shape are now rejected, and no longer compile",
            );
      }
      if (!isWider) {
        return typed("compiles", "safe", "callers receive fewer shapes than they already handle");
      }
      return typed(
        "breaks",
        "breaking",
        isNull
          ? nullReason("a value")
          : "the generated union gains a member: code that reads the value as one of the old shapes no longer compiles",
      );
    },
  },
  // `prefixItems` makes the generated type a tuple (`[string, number]`), its absence an array:
  // adding, removing or changing it flips or reshapes what callers hold.
  {
    applies: (_diff, site) =>
      (isSentSchema(site) || isReadSchema(site)) && site.keyword[0] === "prefixItems",
    verdict: (diff, site) => {
      const isRemoved = site.keyword.length === 1 && diff.action === "remove";
      if (isSentSchema(site) && isRemoved) {
        return typed(
          "compiles",
          "safe",
          "the API accepts any array now; calls that send the tuple still fit",
        );
      }
      return typed(
        "breaks",
        "breaking",
        isSentSchema(site)
          ? "the generated type is now a tuple of other elements: calls that send the old array no longer compile"
          : "the generated type changes between an array and a tuple (`prefixItems`): code that reads it as the old one no longer compiles (TS2322, TS2493)",
      );
    },
  },
];
