/**
 * Prints a {@link SpecDiffReport} as JSON for machines: every change, unfolded and uncut.
 * Messages and reasons are one line of text with code spans in backticks, as a terminal can show
 * them; no character of the JSON text can act on a terminal.
 */
import type { SpecChange, SpecDiffReport } from "../report.js";
import { escapeJsonText, plainMessage, unmarkMessage } from "./escape.js";

/** The JSON shape of `--format json`. Fields are only ever added, never renamed. */
export interface SpecDiffJson {
  base: string;
  head: string;
  summary: SpecDiffReport["summary"];
  /** The OpenAPI 3.0 version (`3.0.3`) of a revision that was compared as 3.1; else null. */
  convertedFrom: { base: string | null; head: string | null };
  changes: Array<{
    operation: string | null;
    where: string;
    message: string;
    class: SpecChange["class"];
    reason: string;
    documentation: boolean;
    /** The part of the API: `parameter`, `request-body`, `response`, `security`, … */
    area: SpecChange["area"];
    /**
     * What TypeScript's assignability found where the change lands in the generated types:
     * `breaking`, `widened`, `compatible`, `identical`, `unresolved`; null where it lands
     * nowhere callers compile against.
     */
    compiler: NonNullable<SpecChange["compiler"]> | null;
  }>;
  typescript: {
    changed: boolean;
    diff: string;
    /** True when the generated declarations differ only in order. */
    orderOnly: boolean;
  };
}

/** Renders the report as JSON (two-space indented), ending with a newline. */
export function renderJson(report: SpecDiffReport): string {
  const json: SpecDiffJson = {
    base: unmarkMessage(report.base),
    head: unmarkMessage(report.head),
    summary: report.summary,
    convertedFrom: report.convertedFrom ?? { base: null, head: null },
    changes: report.changes.map((change) => ({
      operation: change.operation,
      where: change.where,
      message: plainMessage(change.message),
      class: change.class,
      reason: plainMessage(change.reason),
      documentation: change.isDocumentation,
      area: change.area,
      compiler: change.compiler ?? null,
    })),
    typescript: {
      changed: report.typescript.isChanged,
      diff: report.typescript.diff,
      orderOnly: report.typescript.isOrderOnly,
    },
  };
  return escapeJsonText(JSON.stringify(json, null, 2)) + "\n";
}
