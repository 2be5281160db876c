/**
 * Prints a {@link SpecDiffReport}: Markdown to paste into a pull request, or JSON for machines.
 */
import { GENERATED_FILE } from "./generate-types.js";
import { CALLER_CLASSES, CLASS_MEANINGS } from "./spec-diff-classify.js";
import type { SpecChange, SpecDiffReport } from "./spec-diff-report.js";

/** Heading of the section for changes that belong to no operation. */
export const OUTSIDE_OPERATIONS = "Outside operations";

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function classCell(change: SpecChange): string {
  if (change.class === "breaking") return "**breaking**";
  return change.isDocumentation ? `${change.class} (documentation)` : change.class;
}

// Columns padded to equal width, as prettier formats Markdown tables: readable in a terminal, and
// unchanged when the report is pasted into a prettier-formatted file.
function renderTable(changes: SpecChange[]): string[] {
  const rows = [
    ["Change", "Class", "Why"],
    ...changes.map((change) => [
      escapeCell(change.message),
      classCell(change),
      escapeCell(change.reason),
    ]),
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(3, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)];
}

// A fence longer than any run of backticks inside the block, so the block cannot end early.
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(longest + 1);
}

function renderTypeScript(report: SpecDiffReport): string[] {
  if (!report.typescript.isChanged) {
    return [`The generated types (\`${GENERATED_FILE}\`) are identical for both revisions.`];
  }
  const marks = fence(report.typescript.diff);
  return [
    `How \`${GENERATED_FILE}\` changes (\`npm run generate\` output for each revision):`,
    "",
    `${marks}diff`,
    report.typescript.diff,
    marks,
  ];
}

/** Renders the report as Markdown, ending with a newline. */
export function renderMarkdown(report: SpecDiffReport): string {
  const lines = [`## Spec changes: ${report.base} → ${report.head}`, ""];
  if (report.changes.length === 0 && !report.typescript.isChanged) {
    lines.push("No changes: both revisions describe the same API.");
    return lines.join("\n") + "\n";
  }
  const counts = CALLER_CLASSES.map((cls) => `${report.summary[cls]} ${cls}`).join(", ");
  const legend = CALLER_CLASSES.map((cls) => `**${cls}**: ${CLASS_MEANINGS[cls]}`).join(" · ");
  lines.push(`**Summary:** ${counts}.`, "", legend, "");
  const groups = new Map<string | null, SpecChange[]>();
  for (const change of report.changes) {
    groups.set(change.operation, [...(groups.get(change.operation) ?? []), change]);
  }
  for (const [operation, changes] of groups) {
    const heading = operation === null ? OUTSIDE_OPERATIONS : `\`${operation}\``;
    lines.push(`### ${heading}`, "", ...renderTable(changes), "");
  }
  lines.push("### TypeScript impact", "", ...renderTypeScript(report));
  return lines.join("\n") + "\n";
}

/** The JSON shape of `--format json`. */
export interface SpecDiffJson {
  base: string;
  head: string;
  summary: SpecDiffReport["summary"];
  changes: Array<{
    operation: string | null;
    where: string;
    message: string;
    class: SpecChange["class"];
    reason: string;
    documentation: boolean;
  }>;
  typescript: { changed: boolean; diff: string };
}

/** Renders the report as JSON (two-space indented), ending with a newline. */
export function renderJson(report: SpecDiffReport): string {
  const plain = (label: string): string => label.replace(/`/g, "");
  const json: SpecDiffJson = {
    base: plain(report.base),
    head: plain(report.head),
    summary: report.summary,
    changes: report.changes.map((change) => ({
      operation: change.operation,
      where: change.where,
      message: change.message,
      class: change.class,
      reason: change.reason,
      documentation: change.isDocumentation,
    })),
    typescript: { changed: report.typescript.isChanged, diff: report.typescript.diff },
  };
  return JSON.stringify(json, null, 2) + "\n";
}
