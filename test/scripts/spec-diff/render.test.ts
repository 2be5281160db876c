import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderJson, type SpecDiffJson } from "../../../scripts/spec-diff/render/json.js";
import { MAX_MARKDOWN_CHARS, renderMarkdown } from "../../../scripts/spec-diff/render/markdown.js";
import {
  buildSpecDiffReport,
  type SpecChange,
  type SpecDiffReport,
} from "../../../scripts/spec-diff/report.js";
import {
  addOperations,
  addResponseFields,
  baseRevision,
  EDITS,
  headRevision,
  OPERATION,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";

const PRETTIER_CONFIG_PATH = join(PROJECT_ROOT, "openapi.yaml");

function reportAfter(edit: (spec: Spec) => void): Promise<SpecDiffReport> {
  return buildSpecDiffReport(baseRevision(), headRevision(edit), PRETTIER_CONFIG_PATH);
}

/** A report too large for any comment: changes that cannot fold, and a long types diff. */
function hugeReport(): SpecDiffReport {
  const changes = Array.from({ length: 3000 }, (_, index): SpecChange => ({
    operation: `GET /things/${index}`,
    area: "response",
    isWholeOperation: false,
    where: `/paths/~1things~1${index}/get`,
    message: `type of response field \`f${index}\` changed from \`integer\` to \`t${index}\``,
    class: "breaking",
    reason: `code written for \`number\` no longer compiles against \`t${index}\``,
    isDocumentation: false,
  }));
  const diffLines = Array.from({ length: 20_000 }, (_, index) => `+  field_${index}?: string;`);
  return {
    base: "`base`",
    head: "`head`",
    specs: { base: "base.yaml", head: "head.yaml" },
    summary: { breaking: changes.length, review: 0, safe: 0 },
    changes,
    typescript: {
      isChanged: true,
      diff: ["--- a", "+++ b", "@@ -1,1 +1,20000 @@", ...diffLines].join("\n"),
      isOrderOnly: false,
    },
  };
}

// The first report of a run loads TypeScript and prettier: seconds on a busy machine.
describe("renderMarkdown", { timeout: 30_000 }, () => {
  it("prints the summary line, a table per operation, and the types diff in a details block", async () => {
    const markdown = renderMarkdown(await reportAfter(EDITS.removeRequiredResponseField));
    expect(markdown).toContain("## Spec changes: `base` → `head`");
    expect(markdown).toMatch(/^\*\*Summary:\*\* 1 breaking, 0 review, 0 safe\.$/m);
    expect(markdown).toContain(`### \`${OPERATION}\``);
    expect(markdown).toMatch(
      /^\| response field `account_id` removed \| \*\*breaking\*\* \| .+ \|$/m,
    );
    expect(markdown).toMatch(
      /### TypeScript impact\n\n<details>\n<summary>.*<\/summary>\n\n```diff\n--- /,
    );
    expect(markdown).toMatch(/^-\s+account_id: string;$/m);
    expect(markdown.trimEnd()).toMatch(/<\/details>$/);
  });

  it("lists security scheme changes outside operations and says the types are identical", async () => {
    const markdown = renderMarkdown(await reportAfter(EDITS.renameApiKeyHeader));
    expect(markdown).toContain("### Outside operations");
    expect(markdown).not.toContain("### `POST");
    expect(markdown).toContain("are identical for both revisions");
    expect(markdown).not.toContain("```diff");
  });

  it("labels documentation changes in the class column", async () => {
    const markdown = renderMarkdown(await reportAfter(EDITS.changeFieldDescription));
    expect(markdown).toMatch(
      /^\| description of response field `name` changed \| safe \(documentation\) \|/m,
    );
  });

  it("says when the generated types differ only in order", async () => {
    const markdown = renderMarkdown(await reportAfter(EDITS.reorderResponseFields));
    expect(markdown).toContain("No changes to the API");
    expect(markdown).toContain("differ **only in order**");
  });

  it("says No changes for identical specs, and nothing more", async () => {
    const report = await buildSpecDiffReport(baseRevision(), baseRevision(), PRETTIER_CONFIG_PATH);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("No changes");
    expect(markdown).not.toContain("Summary");
    expect(markdown).not.toContain("###");
  });

  it("folds 30 new operations into one row that names them, within the size limit", async () => {
    const markdown = renderMarkdown(await reportAfter(addOperations(30)));
    expect(markdown).toMatch(
      /^\| 30 new operations: `GET \/v4\/things-0\/\{thing_id\}`, .* and 22 more \| safe /m,
    );
    expect(markdown.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
  });

  it("folds 300 new response fields into one row that names them, within the size limit", async () => {
    const markdown = renderMarkdown(await reportAfter(addResponseFields(300)));
    expect(markdown).toMatch(
      /^\| 300 new optional response fields: `extra_field_0`, .* and 292 more \| safe /m,
    );
    expect(markdown.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
  });

  it("stays within the size limit whatever the change, and says how to see the rest", () => {
    const report = hugeReport();
    const markdown = renderMarkdown(report);
    expect(markdown.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
    expect(markdown).toMatch(
      /more rows \(\d+ changes\) do not fit .*`npm run -s spec:diff -- base\.yaml head\.yaml --format json` lists every change/,
    );
    expect(markdown).toMatch(/<summary>.*first \d+ of 20003 lines/);
    expect(markdown).toMatch(
      /Cut to fit a pull-request comment\. `npm run -s spec:diff -- base\.yaml head\.yaml --format json` prints all of it/,
    );
    expect(markdown).toMatch(/```\n\n_Cut to fit[^\n]*\n\n<\/details>\n$/);
  });
});

describe("renderJson", { timeout: 30_000 }, () => {
  it("gives summary counts, each change's operation, where, message, class and reason, and the types diff", async () => {
    const json = JSON.parse(
      renderJson(await reportAfter(EDITS.addResponseEnumValue)),
    ) as SpecDiffJson;
    expect(Object.keys(json)).toEqual([
      "base",
      "head",
      "summary",
      "convertedFrom",
      "changes",
      "typescript",
    ]);
    expect(json.base).toBe("base");
    expect(json.convertedFrom).toEqual({ base: null, head: null });
    expect(json.summary).toEqual({ breaking: 0, review: 1, safe: 0 });
    expect(json.changes).toEqual([
      {
        operation: OPERATION,
        where: expect.stringMatching(
          /^\/paths\/~1v4~1model-groups~1\{model_group_id\}.*\/enum\/\d+$/,
        ),
        message: "response field `model_vendor` may now be `MISTRAL`",
        class: "review",
        reason: expect.stringContaining("switch"),
        documentation: false,
        area: "response",
        compiler: "widened",
      },
    ]);
    expect(json.typescript).toMatchObject({ changed: true, orderOnly: false });
    expect(json.typescript.diff).toMatch(/^\+.*"MISTRAL"/m);
  });

  it("keeps every change and the whole types diff, however large", () => {
    const report = hugeReport();
    const json = JSON.parse(renderJson(report)) as SpecDiffJson;
    expect(json.changes).toHaveLength(report.changes.length);
    expect(json.typescript.diff).toBe(report.typescript.diff);
  });
});
