/**
 * Builds the `spec:diff` report for two revisions of openapi.yaml: api-smart-diff's changes,
 * tidied, placed, phrased and classified for callers, plus the generated-types diff.
 */
import { isDeepStrictEqual } from "node:util";
import { apiCompare, type Diff } from "api-smart-diff";
import { CALLER_CLASSES, type CallerClass, type Verdict } from "./classes.js";
import { classifyForCallers } from "./classify.js";
import { checkTypeSites, type SiteFinding } from "./compiler/findings.js";
import { typeSitesOf, type TypeSite } from "./compiler/sites.js";
import { judge, worstFinding } from "./compiler/verdict.js";
import { describeDiff } from "./describe/change.js";
import { SpecDiffError } from "./error.js";
import type { Revision } from "./load.js";
import { disambiguatePaths } from "./path-keys.js";
import { hideProtoKeys, protoStandIn, restoreProtoKeys } from "./proto-keys.js";
import { pruneDiffs } from "./prune.js";
import { scopePair } from "./scope.js";
import type { Area, SpecDiff } from "./site.js";
import { touchedBy } from "./subset.js";
import {
  diffGenerated,
  generatePair,
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
  /**
   * What TypeScript's assignability check found where the change lands in the generated types
   * (compiler/program.ts); null where it lands nowhere a caller compiles against; absent where
   * the types were not compared (classifyChanges).
   */
  compiler?: SiteFinding["status"] | null;
}

/** A change as the rules classified it, with where it lands in the generated types. */
export interface RuledChange {
  change: SpecChange;
  verdict: Verdict;
  sites: TypeSite[];
  /** The difference it was phrased from. */
  diff: SpecDiff;
}

/** Everything `spec:diff` prints, in either format. */
export interface SpecDiffReport {
  base: string;
  head: string;
  /** The two revisions as the command line names them, to print a command that reruns it. */
  specs: { base: string; head: string };
  /** The OpenAPI 3.0 version a revision was written in, which was compared as 3.1. */
  convertedFrom?: { base: string | null; head: string | null };
  summary: Record<CallerClass, number>;
  /** Grouped by operation in order of appearance (outside operations last), breaking first. */
  changes: SpecChange[];
  typescript: TypeScriptImpact;
}

function compareDocuments(base: Revision, head: Revision): Diff[] {
  try {
    // Only what may differ (scope.ts). Copies: the library rewrites the documents it is given
    // (`$ref` with siblings becomes `allOf`), and the rules below read the documents as written.
    // The copies carry keys named `__proto__` under another name, which the library would drop
    // (proto-keys.ts), and ambiguous path templates by their exact text (path-keys.ts).
    const scoped = scopePair(base.document, head.document).compared;
    const standIn = protoStandIn(scoped.base, scoped.head);
    const before = hideProtoKeys(scoped.base, standIn);
    const after = hideProtoKeys(scoped.head, standIn);
    const nameBack = disambiguatePaths(before, after, [base.document, head.document]);
    return restoreProtoKeys(apiCompare(before, after).diffs.map(nameBack), standIn);
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
 * The changes from `base` to `head` as the rules classify them, each with its site in the
 * generated types; no generator or compiler run.
 */
export function ruleChanges(base: Revision, head: Revision): RuledChange[] {
  // The same document, however it is written (key order, quoting, JSON or YAML): no change.
  if (base.text === head.text || isDeepStrictEqual(base.document, head.document)) return [];
  const documents = { before: base.document, after: head.document };
  const { diffs, requiredProperties } = pruneDiffs(compareDocuments(base, head), documents);
  const context = { ...documents, requiredProperties };
  const renamedPaths = new Map(
    diffs
      .filter(
        (diff) => diff.action === "rename" && diff.path.length === 1 && diff.path[0] === "paths",
      )
      .map((diff) => [String(diff.before), String(diff.after)]),
  );
  return diffs.flatMap((diff) =>
    describeDiff(diff, context).map(({ site, where, message }): RuledChange => {
      const verdict = classifyForCallers(diff, site, context);
      const change: SpecChange = {
        operation: site.operation,
        area: site.area,
        isWholeOperation: site.area === "operation" && site.keyword.length === 0,
        where,
        message,
        ...verdictFields(verdict),
      };
      return { change, verdict, sites: typeSitesOf(diff, site, renamedPaths), diff };
    }),
  );
}

function verdictFields(verdict: Verdict): Pick<SpecChange, "class" | "reason" | "isDocumentation"> {
  return { class: verdict.class, reason: verdict.reason, isDocumentation: verdict.isDocumentation };
}

/** The changes from `base` to `head` as the rules alone classify them (no generator run). */
export function classifyChanges(base: Revision, head: Revision): SpecChange[] {
  return sortChanges(ruleChanges(base, head).map(({ change }) => change));
}

/**
 * Asks the compiler about every site the changes land on, once, and lets its findings judge
 * each change (compiler/verdict.ts). `before` and `after` are the generated declarations.
 */
export function judgeChanges(
  ruled: readonly RuledChange[],
  before: string,
  after: string,
): SpecChange[] {
  const indexes = new Map<string, number>();
  const unique: TypeSite[] = [];
  for (const site of ruled.flatMap(({ sites }) => sites)) {
    const key = JSON.stringify(site);
    if (indexes.has(key)) continue;
    indexes.set(key, unique.length);
    unique.push(site);
  }
  const findings = checkTypeSites(before, after, unique);
  return ruled.map(({ change, verdict, sites }) => {
    const judged = worstFinding(
      sites.flatMap((site) => {
        const finding = findings[indexes.get(JSON.stringify(site)) ?? -1];
        return finding === undefined ? [] : [{ site, finding }];
      }),
    );
    if (judged === undefined) return { ...change, compiler: null };
    return {
      ...change,
      ...verdictFields(judge(verdict, judged.site, judged.finding)),
      compiler: judged.finding.status,
    };
  });
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
  let changes: SpecChange[] = [];
  let typescript = NO_TYPESCRIPT_CHANGE;
  if (base.text !== head.text) {
    const ruled = ruleChanges(base, head);
    // With no change to show, the whole documents: their declarations may differ in order.
    const touched = ruled.length === 0 ? undefined : touchedBy(ruled.map(({ diff }) => diff));
    const generated = await generatePair(base, head, touched);
    changes = sortChanges(judgeChanges(ruled, generated.before, generated.after));
    typescript = await diffGenerated(base, head, generated, prettierConfigPath);
  }
  const summary = { breaking: 0, review: 0, safe: 0 };
  for (const change of changes) summary[change.class] += 1;
  return {
    base: base.label,
    head: head.label,
    specs: { base: base.spec, head: head.spec },
    convertedFrom: { base: base.convertedFrom ?? null, head: head.convertedFrom ?? null },
    summary,
    changes,
    typescript,
  };
}
