/**
 * Builds the `spec:diff` report for two revisions of openapi.yaml: api-smart-diff's changes,
 * tidied, placed, phrased and classified for callers, plus the generated-types diff.
 */
import { apiCompare, type Diff } from "api-smart-diff";
import { CALLER_CLASSES, type CallerClass } from "./classes.js";
import { classifyForCallers } from "./classify.js";
import { describeDiff } from "./describe/change.js";
import { SpecDiffError } from "./error.js";
import type { Revision } from "./load.js";
import { hideProtoKeys, protoStandIn, restoreProtoKeys } from "./proto-keys.js";
import { pruneDiffs } from "./prune.js";
import type { Area } from "./site.js";
import {
  compareGeneratedTypes,
  NO_TYPESCRIPT_CHANGE,
  type TypeScriptImpact,
} from "./typescript.js";

/** One change as the report lists it. */
export interface SpecChange {
  /** `POST /v4/…`, a bare path for path-level changes, or null outside operations. */
  operation: string | null;
  /** The part of the API it touches. */
  area: Area;
  /** True when a whole operation was added or removed. */
  isWholeOperation: boolean;
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
  /** The two revisions as the command line names them, to print a command that reruns it. */
  specs: { base: string; head: string };
  summary: Record<CallerClass, number>;
  /** Grouped by operation in order of appearance (outside operations last), breaking first. */
  changes: SpecChange[];
  typescript: TypeScriptImpact;
}

function compareDocuments(base: Revision, head: Revision): Diff[] {
  try {
    // Copies: the library rewrites the documents it is given (`$ref` with siblings becomes
    // `allOf`), and the rules below read the documents as written. The copies carry keys named
    // `__proto__` under another name, which the library would drop (proto-keys.ts).
    const standIn = protoStandIn(base.document, head.document);
    const before = hideProtoKeys(base.document, standIn);
    const after = hideProtoKeys(head.document, standIn);
    return restoreProtoKeys(apiCompare(before, after).diffs, standIn);
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

/** The classified changes from `base` to `head`, without the generated types (no generator run). */
export function classifyChanges(base: Revision, head: Revision): SpecChange[] {
  if (base.text === head.text) return [];
  const documents = { before: base.document, after: head.document };
  const { diffs, requiredProperties } = pruneDiffs(compareDocuments(base, head), documents);
  const context = { ...documents, requiredProperties };
  const changes = diffs.flatMap((diff) =>
    describeDiff(diff, context).map(({ site, where, message }): SpecChange => {
      const verdict = classifyForCallers(diff, site, context);
      return {
        operation: site.operation,
        area: site.area,
        isWholeOperation: site.area === "operation" && site.keyword.length === 0,
        where,
        message,
        class: verdict.class,
        reason: verdict.reason,
        isDocumentation: verdict.isDocumentation,
      };
    }),
  );
  return sortChanges(changes);
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
  const changes = classifyChanges(base, head);
  const summary = { breaking: 0, review: 0, safe: 0 };
  for (const change of changes) summary[change.class] += 1;
  const typescript =
    base.text === head.text
      ? NO_TYPESCRIPT_CHANGE
      : await compareGeneratedTypes(base, head, prettierConfigPath);
  return {
    base: base.label,
    head: head.label,
    specs: { base: base.spec, head: head.spec },
    summary,
    changes,
    typescript,
  };
}
