/**
 * The three classes of a change from the caller's view, and the shape of a classification rule.
 */
import type { ChangeSite, DescribeContext, SpecDiff } from "./site.js";

/** What a change means for existing callers. */
export type CallerClass = "breaking" | "review" | "safe";

/** Order in which the classes are counted, listed and explained. */
export const CALLER_CLASSES: readonly CallerClass[] = ["breaking", "review", "safe"];

/** One line per class, for the report's legend. */
export const CLASS_MEANINGS: Record<CallerClass, string> = {
  breaking: "existing callers fail or break at compile time",
  review: "compiles, but callers may need to act",
  safe: "additive or documentation",
};

/**
 * What a reason says about the generated types, for the compiler to check (compiler/verdict.ts):
 * `same` (the type does not change), `compiles` (it changes, and code written for the old one
 * still compiles), `breaks` (such code no longer compiles). Undefined when it says nothing.
 */
export type TypeClaim = "same" | "compiles" | "breaks";

/** A class with the reason for it. */
export interface Verdict {
  class: CallerClass;
  reason: string;
  /** True when only documentation changed (descriptions, summaries, examples). */
  isDocumentation: boolean;
  /** What the reason says about the generated types. */
  typeClaim?: TypeClaim;
}

/** One correction to api-smart-diff's classification; the first rule that applies decides. */
export interface CallerRule {
  applies(diff: SpecDiff, site: ChangeSite, context: DescribeContext): boolean;
  verdict(diff: SpecDiff, site: ChangeSite, context: DescribeContext): Verdict;
}

/** A verdict of `cls` for `reason`. */
export function verdict(cls: CallerClass, reason: string, isDocumentation = false): Verdict {
  return { class: cls, reason, isDocumentation };
}

/** A verdict whose reason says `claim` about the generated types. */
export function typed(claim: TypeClaim, cls: CallerClass, reason: string): Verdict {
  return { class: cls, reason, isDocumentation: false, typeClaim: claim };
}
