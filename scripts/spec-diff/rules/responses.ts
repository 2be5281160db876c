/**
 * The rule for a new response status. openapi-fetch returns the bodies of every `2xx` response
 * as one union in `data`, and those of every `4xx`, `5xx` and `default` response as one union in
 * `error`; a new status with a body unlike the others widens that union.
 */
import { isRecord } from "../../shared/guards.js";
import { verdict, type CallerRule, type Verdict } from "../classes.js";
import { resolveAt, resolveNode } from "../pointer.js";
import { canonicalSchema } from "../schema.js";
import type { DescribeContext, SpecDiff } from "../site.js";
import { codeSpan } from "../render/escape.js";

type Side = "data" | "error" | undefined;

function sideOf(status: string): Side {
  if (/^2/.test(status)) return "data";
  if (/^[45]/.test(status) || status === "default") return "error";
  return undefined;
}

/** Canonical forms of the body schemas of `response` (one per media type). */
function bodiesOf(document: unknown, response: unknown): string[] {
  const content = resolveAt(resolveNode(document, response), ["content"]);
  if (!isRecord(content)) return [];
  return Object.values(content).flatMap((media) => {
    const schema = isRecord(media) ? media["schema"] : undefined;
    return schema === undefined ? [] : [canonicalSchema(document, schema)];
  });
}

function newResponseVerdict(diff: SpecDiff, context: DescribeContext): Verdict {
  const status = String(diff.path[diff.path.length - 1]);
  const side = sideOf(status);
  if (side === undefined) {
    return verdict("safe", "additive: openapi-fetch types neither `data` nor `error` from it");
  }
  const added = bodiesOf(context.after, diff.after);
  if (added.length === 0) return verdict("safe", `no body: ${codeSpan(side)} keeps its type`);
  const responses = resolveAt(context.before, diff.path.slice(0, -1));
  const existing = isRecord(responses)
    ? Object.entries(responses)
        .filter(([code]) => sideOf(code) === side)
        .flatMap(([, response]) => bodiesOf(context.before, response))
    : [];
  if (existing.length === 0) {
    return verdict("safe", `additive: ${codeSpan(side)} had no body before, so no code reads one`);
  }
  if (added.every((body) => existing.includes(body))) {
    return verdict(
      "safe",
      `the same body as an existing response: ${codeSpan(side)} keeps its type`,
    );
  }
  // Breaking rather than review: field reads on `data` or `error` that the new body lacks stop
  // compiling (TS2339), which is what the breaking class means.
  return verdict(
    "breaking",
    `openapi-fetch's ${codeSpan(side)} becomes a union with this body, so reads of fields it lacks no longer compile`,
  );
}

/** The rule for responses added to an operation. */
export const RESPONSE_RULES: readonly CallerRule[] = [
  // The library calls every new response additive; a body unlike the others is not.
  {
    applies: (diff, site) =>
      site.area === "response" && site.keyword.length === 0 && diff.action === "add",
    verdict: (diff, _site, context) => newResponseVerdict(diff, context),
  },
];
