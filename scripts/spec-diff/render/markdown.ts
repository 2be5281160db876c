/**
 * Prints a {@link SpecDiffReport} as Markdown for a pull-request comment: at most
 * {@link MAX_MARKDOWN_CHARS} characters whatever the change, with repeated changes folded and
 * the TypeScript diff in a collapsed block, cut with a note when it does not fit.
 *
 * Every string that comes from a spec or a command line goes through escape.ts on its way in;
 * the summary line, the class column and the HTML around the diff come from the tool alone.
 */
import { CALLER_CLASSES, CLASS_MEANINGS, type CallerClass } from "../classes.js";
import type { SpecDiffReport } from "../report.js";
import { GENERATED_FILE } from "../typescript.js";
import { markdownCode, markdownMessage, oneLine } from "./escape.js";
import { fitSections, foldSections, type Fitted, type Row, type Section } from "./fold.js";

/** GitHub refuses comments over 65,536 characters; this leaves room for a workflow's own words. */
export const MAX_MARKDOWN_CHARS = 60_000;
// The tables may take this much; the TypeScript diff gets what is left.
const MAX_TABLE_CHARS = 40_000;
// Room kept for the closing lines and notes around the cut diff.
const RESERVED_CHARS = 1_500;

const TABLE_CELL = { isTableCell: true };
const INLINE = { isTableCell: false };

// The class column is one of these, chosen by the row's class: no spec text reaches it.
const CLASS_CELLS: Record<CallerClass, { plain: string; documentation: string }> = {
  breaking: { plain: "**breaking**", documentation: "**breaking**" },
  review: { plain: "review", documentation: "review (documentation)" },
  safe: { plain: "safe", documentation: "safe (documentation)" },
};

function classCell(row: Row): string {
  const cells = CLASS_CELLS[row.class];
  return row.isDocumentation ? cells.documentation : cells.plain;
}

// Columns padded to equal width, as prettier formats Markdown tables: readable in a terminal, and
// unchanged when the report is pasted into a prettier-formatted file.
function renderTable(rows: Row[]): string[] {
  const cells = [
    ["Change", "Class", "Why"],
    ...rows.map((row) => [
      markdownMessage(row.message, TABLE_CELL),
      classCell(row),
      markdownMessage(row.reason, TABLE_CELL),
    ]),
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(3, ...cells.map((row) => row[column]?.length ?? 0)),
  );
  const line = (row: string[]): string =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const [header = [], ...body] = cells;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...body.map(line)];
}

// A fence longer than any run of backticks inside the block, so the block cannot end early.
function fence(text: string): string {
  let longest = 2;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return "`".repeat(longest + 1);
}

function quoteArg(arg: string): string {
  return /^[\w./@:~^-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command that prints the whole report, uncut, as JSON. */
export function jsonCommand(report: SpecDiffReport): string {
  const { base, head } = report.specs;
  return `npm run -s spec:diff -- ${quoteArg(base)} ${quoteArg(head)} --format json`;
}

const block = (section: Section): string[] => [
  `### ${markdownMessage(section.heading, INLINE)}`,
  "",
  ...renderTable(section.rows),
  "",
];

// The tables, most severe rows first when they do not all fit (fold.ts fitSections), and one
// closing line that counts by class what was cut.
function renderSections(fitted: Fitted, report: SpecDiffReport): string[] {
  const lines = fitted.sections.flatMap(block);
  const cut = CALLER_CLASSES.filter((cls) => fitted.cut[cls].rows > 0);
  if (cut.length === 0) return lines;
  const rows = cut.reduce((sum, cls) => sum + fitted.cut[cls].rows, 0);
  const changes = cut.reduce((sum, cls) => sum + fitted.cut[cls].changes, 0);
  const byClass = cut.map((cls) => `${fitted.cut[cls].changes} ${cls}`).join(", ");
  lines.push(
    `_${rows} more rows (${changes} changes) do not fit in a pull-request comment: ${byClass}; ` +
      `${markdownCode(jsonCommand(report), INLINE)} lists every change._`,
    "",
  );
  return lines;
}

/** The sections that fit in the tables' budget. */
function fit(report: SpecDiffReport): Fitted {
  return fitSections(
    foldSections(report.changes),
    MAX_TABLE_CHARS,
    (sections) => sections.flatMap(block).join("\n").length,
  );
}

function renderTypeScript(report: SpecDiffReport, budget: number): string[] {
  const { typescript } = report;
  if (!typescript.isChanged) {
    return [`The generated types (\`${GENERATED_FILE}\`) are identical for both revisions.`];
  }
  if (typescript.isOrderOnly) {
    return [
      "The generated types differ **only in order**: the same declarations, moved. " +
        "Code that uses them is unaffected.",
    ];
  }
  // The diff holds the spec's descriptions: no control character may reach a terminal that
  // shows the report. The fence below is longer than any backtick run, so the block ends there.
  const all = typescript.diff.split("\n").map(oneLine);
  const kept: string[] = [];
  let size = 0;
  for (const line of all) {
    if (size + line.length + 1 > budget) break;
    kept.push(line);
    size += line.length + 1;
  }
  const isCut = kept.length < all.length;
  const text = kept.join("\n");
  const marks = fence(text);
  const lines: string[] = [];
  const extent = isCut ? `first ${kept.length} of ${all.length} lines` : `${all.length} lines`;
  lines.push(
    "<details>",
    `<summary>How <code>${GENERATED_FILE}</code> changes (${extent}; <code>npm run generate</code> output for each revision)</summary>`,
    "",
    `${marks}diff`,
    text,
    marks,
    "",
  );
  if (isCut) {
    lines.push(
      `_Cut to fit a pull-request comment. ${markdownCode(jsonCommand(report), INLINE)} prints all of it (\`typescript.diff\`), ` +
        `and the pull request's own diff of \`${GENERATED_FILE}\` shows it too._`,
      "",
    );
  }
  lines.push("</details>");
  return lines;
}

// A revision written in OpenAPI 3.0 is compared as the 3.1 it was converted to: the report names
// 3.1's keywords (`examples`, `type: [X, "null"]`) where the document has 3.0's.
function conversionNote(report: SpecDiffReport): string[] {
  const { base, head } = report.convertedFrom ?? { base: null, head: null };
  const sides: Array<{ label: string; version: string }> = [];
  if (base !== null) sides.push({ label: report.base, version: markdownCode(base, INLINE) });
  if (head !== null) sides.push({ label: report.head, version: markdownCode(head, INLINE) });
  const [first, second] = sides;
  if (first === undefined) return [];
  const which =
    second === undefined
      ? `${markdownMessage(first.label, INLINE)} is OpenAPI ${first.version}`
      : first.version === second.version
        ? `Both revisions are OpenAPI ${first.version}`
        : `${markdownMessage(first.label, INLINE)} is OpenAPI ${first.version} and ${markdownMessage(second.label, INLINE)} ${second.version}`;
  return [
    `${which}; spec:diff compares OpenAPI 3.1, so it reads \`nullable\`, a boolean ` +
      "`exclusiveMinimum` or `exclusiveMaximum` and a schema's `example` as 3.1 writes them.",
    "",
  ];
}

/** Renders the report as Markdown of at most {@link MAX_MARKDOWN_CHARS}, ending with a newline. */
export function renderMarkdown(report: SpecDiffReport): string {
  const base = markdownMessage(report.base, INLINE);
  const head = markdownMessage(report.head, INLINE);
  const lines = [`## Spec changes: ${base} → ${head}`, "", ...conversionNote(report)];
  if (report.changes.length === 0 && !report.typescript.isChanged) {
    lines.push("No changes: both revisions describe the same API.");
    return lines.join("\n") + "\n";
  }
  if (report.changes.length === 0) {
    lines.push("No changes to the API: the revisions differ only in how the spec is written.", "");
  } else {
    const counts = CALLER_CLASSES.map((cls) => `${report.summary[cls]} ${cls}`).join(", ");
    const legend = CALLER_CLASSES.map((cls) => `**${cls}**: ${CLASS_MEANINGS[cls]}`).join(" · ");
    const fitted = fit(report);
    // Every breaking row comes before any other: if some are cut, the reader must know first.
    const breaking = fitted.cut.breaking.changes;
    const overflow =
      breaking > 0
        ? ` **The breaking changes alone do not fit in this comment:** ${breaking} of them are not listed below; ` +
          `${markdownCode(jsonCommand(report), INLINE)} lists every change.`
        : "";
    lines.push(`**Summary:** ${counts}.${overflow}`, "", legend, "");
    lines.push(...renderSections(fitted, report));
  }
  lines.push("### TypeScript impact", "");
  const used = lines.join("\n").length;
  lines.push(...renderTypeScript(report, MAX_MARKDOWN_CHARS - used - RESERVED_CHARS));
  return lines.join("\n") + "\n";
}
