/**
 * Fixture cases for the classification rules: an edit of the fixture spec, and every change the
 * report must list for it.
 */
import { expect, it } from "vitest";
import { classifyChanges, type SpecChange } from "../../../scripts/spec-diff/report.js";
import {
  baseRevision,
  EDITS,
  editDocument,
  headRevision,
  revisionOf,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";

/** The classified changes from the fixture spec (or `from` it) to that with `edit` applied. */
export function changesAfter(
  edit: (spec: Spec) => void,
  from?: (spec: Spec) => void,
): SpecChange[] {
  if (from === undefined) return classifyChanges(baseRevision(), headRevision(edit));
  const base = editDocument(from);
  return classifyChanges(revisionOf(base, "base"), headRevision(edit, base));
}

/** One change the report must list; `message` and `reason` may be patterns. */
export interface ExpectedChange {
  message: string | RegExp;
  class: SpecChange["class"];
  reason?: RegExp;
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
export const expected = ({ message, class: cls, reason }: ExpectedChange): unknown =>
  expect.objectContaining({
    message: typeof message === "string" ? message : expect.stringMatching(message),
    class: cls,
    ...(reason === undefined ? {} : { reason: expect.stringMatching(reason) }),
  });

/** One test per case, named "reports that <behaviour>". */
export function itReports(cases: Record<string, Case>): void {
  for (const [behaviour, { from, edit, changes }] of Object.entries(cases)) {
    it(`reports that ${behaviour}`, () => {
      const base = from === undefined ? undefined : EDITS[from];
      expect(changesAfter(EDITS[edit], base)).toEqual(changes.map(expected));
    });
  }
}
