/**
 * Fixture cases for the classification rules: an edit of the fixture spec, and every change the
 * report must list for it.
 */
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Revision } from "../../../scripts/spec-diff/load.js";
import {
  buildSpecDiffReport,
  classifyChanges,
  type SpecChange,
  type SpecDiffReport,
} from "../../../scripts/spec-diff/report.js";
import {
  baseRevision,
  EDITS,
  editDocument,
  headRevision,
  revisionOf,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";

/** The classified changes from the fixture spec (or `from` it) to that with `edit` applied. */
export function changesAfter(
  edit: (spec: Spec) => void,
  from?: (spec: Spec) => void,
): SpecChange[] {
  const { base, head } = revisionsOf(edit, from);
  return classifyChanges(base, head);
}

/** The base and head revisions of a case: the fixture spec (or `from` it) and `edit` of that. */
export function revisionsOf(
  edit: (spec: Spec) => void,
  from?: (spec: Spec) => void,
): { base: Revision; head: Revision } {
  if (from === undefined) return { base: baseRevision(), head: headRevision(edit) };
  const base = editDocument(from);
  return { base: revisionOf(base, "base"), head: headRevision(edit, base) };
}

/** The whole report for a case: rules, the generated types, and the compiler's findings. */
export function reportOf(
  edit: (spec: Spec) => void,
  from?: (spec: Spec) => void,
): Promise<SpecDiffReport> {
  const { base, head } = revisionsOf(edit, from);
  return buildSpecDiffReport(base, head, join(PROJECT_ROOT, "openapi.yaml"));
}

/** One change the report must list; `message` and `reason` may be patterns. */
export interface ExpectedChange {
  message: string | RegExp;
  class: SpecChange["class"];
  reason?: RegExp;
  /** What the compiler found at the change's site; `null` for none. */
  compiler?: SpecChange["compiler"] | null;
}

/**
 * An edit, and every change the report must list for it (in order); `from` is an edit that
 * makes the base, when the fixture spec itself is not the right one.
 */
export interface Case {
  from?: keyof typeof EDITS;
  edit: keyof typeof EDITS;
  changes: ExpectedChange[];
}

/** A matcher for `change`. */
export const expected = ({ message, class: cls, reason, compiler }: ExpectedChange): unknown =>
  expect.objectContaining({
    message: typeof message === "string" ? message : expect.stringMatching(message),
    class: cls,
    ...(reason === undefined ? {} : { reason: expect.stringMatching(reason) }),
    ...(compiler === undefined ? {} : { compiler }),
  });

/**
 * One test per case, named "reports that <behaviour>", through the whole report: the rules,
 * the generated types of both revisions, and the compiler's findings.
 */
export function itReportsWithTypes(cases: Record<string, Case>): void {
  for (const [behaviour, { from, edit, changes }] of Object.entries(cases)) {
    it(`reports that ${behaviour}`, async () => {
      const base = from === undefined ? undefined : EDITS[from];
      const report = await reportOf(EDITS[edit], base);
      expect(report.changes).toEqual(changes.map(expected));
    });
  }
}

/** One test per case, named "reports that <behaviour>". */
export function itReports(cases: Record<string, Case>): void {
  for (const [behaviour, { from, edit, changes }] of Object.entries(cases)) {
    it(`reports that ${behaviour}`, () => {
      const base = from === undefined ? undefined : EDITS[from];
      expect(changesAfter(EDITS[edit], base)).toEqual(changes.map(expected));
    });
  }
}
