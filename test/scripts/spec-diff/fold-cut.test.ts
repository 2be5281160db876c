import { describe, expect, it } from "vitest";
import type { CallerClass } from "../../../scripts/spec-diff/classes.js";
import { fitSections, type Section } from "../../../scripts/spec-diff/render/fold.js";
import { MAX_MARKDOWN_CHARS, renderMarkdown } from "../../../scripts/spec-diff/render/markdown.js";
import type { SpecChange, SpecDiffReport } from "../../../scripts/spec-diff/report.js";

/** A change of `cls` in its own operation, with a message long enough to fill a table fast. */
function change(cls: CallerClass, index: number): SpecChange {
  return {
    operation: `GET /things/${index}`,
    area: "response",
    isWholeOperation: false,
    where: `/paths/~1things~1${index}/get`,
    // Distinct words, so that no two rows fold into one.
    message: `${cls} change number ${index} to response field \`f${index}\` of a ${"long ".repeat(20)}schema`,
    class: cls,
    reason: `a ${cls} reason for change ${index}`,
    isDocumentation: false,
  };
}

/** A report of `counts` changes per class, the safe ones in the first operations. */
function report(counts: Record<CallerClass, number>): SpecDiffReport {
  let next = 0;
  const make = (cls: CallerClass): SpecChange[] =>
    Array.from({ length: counts[cls] }, () => change(cls, next++));
  const changes = [...make("safe"), ...make("review"), ...make("breaking")];
  return {
    base: "`base`",
    head: "`head`",
    specs: { base: "base.yaml", head: "head.yaml" },
    summary: counts,
    changes,
    typescript: { isChanged: false, diff: "", isOrderOnly: false },
  };
}

const rowsOf = (markdown: string, cls: CallerClass): number =>
  markdown.split("\n").filter((line) => line.startsWith(`| ${cls} change number`)).length;

describe("renderMarkdown, cut to fit a comment", () => {
  it("keeps every breaking row, then review rows, before any safe row, and counts the cut by class", () => {
    const markdown = renderMarkdown(report({ breaking: 10, review: 15, safe: 400 }));
    expect(markdown.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
    expect(rowsOf(markdown, "breaking")).toBe(10);
    expect(rowsOf(markdown, "review")).toBe(15);
    const safe = rowsOf(markdown, "safe");
    expect(safe).toBeGreaterThan(0);
    expect(safe).toBeLessThan(400);
    expect(markdown).toContain(
      `_${400 - safe} more rows (${400 - safe} changes) do not fit in a pull-request comment: ${400 - safe} safe;`,
    );
    expect(markdown).not.toMatch(/alone do not fit/);
  });

  it("keeps review rows before safe ones when not even those fit", () => {
    const markdown = renderMarkdown(report({ breaking: 10, review: 400, safe: 100 }));
    const review = rowsOf(markdown, "review");
    expect(rowsOf(markdown, "breaking")).toBe(10);
    expect(rowsOf(markdown, "safe")).toBe(0);
    expect(markdown).toMatch(
      new RegExp(`do not fit in a pull-request comment: ${400 - review} review, 100 safe;`),
    );
  });

  it("says in the summary line when the breaking rows alone do not fit", () => {
    const markdown = renderMarkdown(report({ breaking: 600, review: 5, safe: 5 }));
    const shown = rowsOf(markdown, "breaking");
    expect(shown).toBeLessThan(600);
    expect(markdown).toMatch(
      new RegExp(
        `^\\*\\*Summary:\\*\\* 600 breaking, 5 review, 5 safe\\. \\*\\*The breaking changes alone do not fit in this comment:\\*\\* ${600 - shown} of them are not listed below;`,
        "m",
      ),
    );
    expect(rowsOf(markdown, "review") + rowsOf(markdown, "safe")).toBe(0);
  });
});

describe("fitSections", () => {
  const row = (cls: CallerClass, message: string): Section["rows"][number] => ({
    message,
    class: cls,
    reason: "r",
    isDocumentation: false,
    count: 1,
  });

  it("keeps the sections' order and their rows' order, dropping sections left empty", () => {
    const sections: Section[] = [
      { heading: "a", rows: [row("safe", "a1"), row("safe", "a2")] },
      { heading: "b", rows: [row("breaking", "b1"), row("review", "b2")] },
    ];
    // A budget of three rows, counting a row as 1.
    const size = (kept: Section[]): number => kept.flatMap((section) => section.rows).length;
    const fitted = fitSections(sections, 3, size);
    expect(fitted.sections.map((section) => section.rows.map((kept) => kept.message))).toEqual([
      ["a1"],
      ["b1", "b2"],
    ]);
    expect(fitted.cut).toEqual({
      breaking: { rows: 0, changes: 0 },
      review: { rows: 0, changes: 0 },
      safe: { rows: 1, changes: 1 },
    });
  });
});
