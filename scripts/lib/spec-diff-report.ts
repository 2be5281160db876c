/**
 * Builds the `spec:diff` report for two revisions of openapi.yaml: api-smart-diff's changes,
 * pruned, placed, phrased and classified for callers, plus the generated-types diff.
 */
import { apiCompare, type Diff } from "api-smart-diff";
import { CALLER_CLASSES, classifyForCallers, type CallerClass } from "./spec-diff-classify.js";
import { describeDiff } from "./spec-diff-describe.js";
import { SpecDiffError, type Revision } from "./spec-diff-load.js";
import { pruneDiffs } from "./spec-diff-prune.js";
import { compareGeneratedTypes, type TypeScriptImpact } from "./spec-diff-typescript.js";

/** One change as the report lists it. */
export interface SpecChange {
  /** `POST /v4/…`, a bare path for path-level changes, or null outside operations. */
  operation: string | null;
  /** JSON pointer of the change in the dereferenced document. */
  where: string;
  /** What changed, in the caller's terms. */
  message: string;
  class: CallerClass;
  reason: string;
  /** True when only documentation changed. */
  isDocumentation: boolean;
}

/** Everything `spec:diff` prints, in either format. */
export interface SpecDiffReport {
  base: string;
  head: string;
  summary: Record<CallerClass, number>;
  /** Grouped by operation in order of appearance (outside operations last), breaking first. */
  changes: SpecChange[];
  typescript: TypeScriptImpact;
}

function compareDocuments(base: Revision, head: Revision): Diff[] {
  try {
    return apiCompare(base.document, head.document).diffs;
  } catch (error) {
    throw new SpecDiffError(
      `spec:diff: api-smart-diff could not compare ${base.label} with ${head.label}: ${(error as Error).message}`,
    );
  }
}

function sortChanges(changes: SpecChange[]): SpecChange[] {
  const operations = [...new Set(changes.map((change) => change.operation))];
  const rank = (change: SpecChange): number =>
    change.operation === null ? operations.length : operations.indexOf(change.operation);
  return [...changes].sort(
    (a, b) =>
      rank(a) - rank(b) || CALLER_CLASSES.indexOf(a.class) - CALLER_CLASSES.indexOf(b.class),
  );
}

/**
 * Compares `base` with `head`. `prettierConfigPath` is a file in the project whose prettier
 * config the type generator applies.
 */
export async function buildSpecDiffReport(
  base: Revision,
  head: Revision,
  prettierConfigPath: string,
): Promise<SpecDiffReport> {
  const isSameText = base.text === head.text;
  const diffs = isSameText ? [] : compareDocuments(base, head);
  const { diffs: pruned, requiredProperties } = pruneDiffs(diffs, base.document);
  const context = { before: base.document, after: head.document, requiredProperties };
  const changes = pruned.flatMap((diff) =>
    describeDiff(diff, context).map(({ site, where, message }): SpecChange => {
      const verdict = classifyForCallers(diff, site);
      return {
        operation: site.operation,
        where,
        message,
        class: verdict.class,
        reason: verdict.reason,
        isDocumentation: verdict.isDocumentation,
      };
    }),
  );
  const summary = { breaking: 0, review: 0, safe: 0 };
  for (const change of changes) summary[change.class] += 1;
  const typescript = isSameText
    ? { isChanged: false, diff: "" }
    : await compareGeneratedTypes(base, head, prettierConfigPath);
  return { base: base.label, head: head.label, summary, changes: sortChanges(changes), typescript };
}
