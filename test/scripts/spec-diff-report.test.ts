import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseRevision } from "../../scripts/lib/spec-diff-load.js";
import {
  renderJson,
  renderMarkdown,
  type SpecDiffJson,
} from "../../scripts/lib/spec-diff-render.js";
import { buildSpecDiffReport, type SpecDiffReport } from "../../scripts/lib/spec-diff-report.js";
import { BASE_SPEC, EDITS, editSpec, OPERATION } from "../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../helpers/project-copy.js";
import type { SpecDocument } from "../helpers/spec.js";

const PRETTIER_CONFIG_PATH = join(PROJECT_ROOT, "openapi.yaml");

function compare(headText: string, baseText = BASE_SPEC): Promise<SpecDiffReport> {
  return buildSpecDiffReport(
    parseRevision(baseText, "`base`"),
    parseRevision(headText, "`head`"),
    PRETTIER_CONFIG_PATH,
  );
}

/** The `-` and `+` lines of the TypeScript diff, without the `---`/`+++` file header. */
function changedLines(report: SpecDiffReport, sign: "-" | "+"): string[] {
  return report.typescript.diff
    .split("\n")
    .filter((line) => line.startsWith(sign) && !line.startsWith(sign.repeat(3)))
    .map((line) => line.slice(1).trim());
}

const MODEL_VENDORS = (parse(BASE_SPEC) as SpecDocument)["components"].schemas.ModelVendor
  .enum as string[];

interface Case {
  edit: keyof typeof EDITS;
  /** The change the report must list, with its operation (null: outside operations). */
  change: { operation: string | null; message: string; class: "breaking" | "review" | "safe" };
  /** Declarations the TypeScript diff must remove and add; null when the types stay identical. */
  typescript: { removed: string[]; added: string[] } | null;
}

// Each expectation is written from the edit and the generator's conventions (optional fields get
// `?`, enums become unions, integers become `number`), not copied from a run.
const CASES: Record<string, Case> = {
  "a removed required response field is breaking": {
    edit: "removeRequiredResponseField",
    change: {
      operation: OPERATION,
      message: "response field `account_id` removed",
      class: "breaking",
    },
    typescript: {
      removed: [
        "/** @description The ID of the account that owns the given entity. */",
        "account_id: string;",
      ],
      added: [],
    },
  },
  "a response field whose type changed is breaking": {
    edit: "changeResponseFieldType",
    change: {
      operation: OPERATION,
      message: "type of response field `deployment_count` changed from `integer` to `string`",
      class: "breaking",
    },
    typescript: { removed: ["deployment_count: number;"], added: ["deployment_count: string;"] },
  },
  "a new optional response field is safe": {
    edit: "addOptionalResponseField",
    change: {
      operation: OPERATION,
      message: "new optional response field `nickname`",
      class: "safe",
    },
    typescript: { removed: [], added: ["/** @description A short name. */", "nickname?: string;"] },
  },
  "a new value in a response enum needs review": {
    edit: "addResponseEnumValue",
    change: {
      operation: OPERATION,
      message: "response field `model_vendor` may now be `MISTRAL`",
      class: "review",
    },
    typescript: { removed: ['| "OTHER";'], added: ['| "OTHER"', '| "MISTRAL";'] },
  },
  "a value removed from a response enum is safe for callers": {
    edit: "removeResponseEnumValue",
    change: {
      operation: OPERATION,
      message: "response field `model_vendor` is no longer `BEDROCK`",
      class: "safe",
    },
    // Without BEDROCK the union fits in the print width, so prettier joins it onto one line.
    typescript: {
      removed: MODEL_VENDORS.map(
        (value, index) => `| "${value}"${index === MODEL_VENDORS.length - 1 ? ";" : ""}`,
      ),
      added: [
        MODEL_VENDORS.filter((value) => value !== "BEDROCK")
          .map((value) => `"${value}"`)
          .join(" | ") + ";",
      ],
    },
  },
  "a renamed path parameter is breaking": {
    edit: "renamePathParameter",
    change: {
      operation: OPERATION,
      message: "path parameter `model_group_id` renamed to `group_id`",
      class: "breaking",
    },
    typescript: {
      removed: [
        '"/v4/model-groups/{model_group_id}/models/{model_instance_id}": {',
        'model_group_id: components["parameters"]["ModelGroupId"];',
      ],
      added: [
        '"/v4/model-groups/{group_id}/models/{model_instance_id}": {',
        'group_id: components["parameters"]["ModelGroupId"];',
      ],
    },
  },
  "a new required request header is breaking": {
    edit: "addRequiredHeader",
    change: { operation: OPERATION, message: "new required header `x-foo`", class: "breaking" },
    typescript: { removed: ["header?: {"], added: ["header: {", '"x-foo": string;'] },
  },
  "a new optional request header is safe": {
    edit: "addOptionalHeader",
    change: { operation: OPERATION, message: "new optional header `x-foo`", class: "safe" },
    typescript: { removed: [], added: ['"x-foo"?: string;'] },
  },
  "a security scheme reading another header is breaking": {
    edit: "renameApiKeyHeader",
    change: {
      operation: null,
      message:
        "security scheme `ApiKeyAuth` now reads the API key from header `authorization` instead of `x-api-key`",
      class: "breaking",
    },
    typescript: null,
  },
  "a security scheme switched from an API key to bearer auth is breaking": {
    edit: "switchToBearerAuth",
    change: {
      operation: null,
      message: "security scheme `ApiKeyAuth` changed from type `apiKey` to `http`",
      class: "breaking",
    },
    typescript: null,
  },
  "a description-only change is safe documentation": {
    edit: "changeFieldDescription",
    change: {
      operation: OPERATION,
      message: "description of response field `name` changed",
      class: "safe",
    },
    typescript: {
      removed: ["/** @description The name of the model instance. */"],
      added: ["/** @description The unique name of the model instance. */"],
    },
  },
};

describe("buildSpecDiffReport", () => {
  for (const [behaviour, { edit, change, typescript }] of Object.entries(CASES)) {
    it(`reports that ${behaviour}`, async () => {
      const report = await compare(editSpec(EDITS[edit]));
      expect(report.changes).toContainEqual(expect.objectContaining(change));
      expect(report.summary[change.class]).toBeGreaterThan(0);
      if (typescript === null) {
        expect(report.typescript).toEqual({ isChanged: false, diff: "" });
        return;
      }
      expect(report.typescript.isChanged).toBe(true);
      expect(changedLines(report, "-")).toEqual(typescript.removed);
      expect(changedLines(report, "+")).toEqual(typescript.added);
    });
  }

  it("says why a value removed from a response enum is safe", async () => {
    const report = await compare(editSpec(EDITS.removeResponseEnumValue));
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]?.reason).toMatch(/subset of the values they already handle/);
  });

  it("reports a removed required field once, not once more for its `required` entry", async () => {
    const report = await compare(editSpec(EDITS.removeRequiredResponseField));
    expect(report.changes.map((change) => change.message)).toEqual([
      "response field `account_id` removed",
    ]);
  });

  it("shows a change to a shared schema under the operation, not again under components", async () => {
    const report = await compare(editSpec(EDITS.addResponseEnumValue));
    expect(report.changes.map((change) => change.operation)).toEqual([OPERATION]);
    expect(report.changes[0]?.where).toMatch(/\/responses\/200\/.*\/model_vendor\/enum\//);
  });

  it("marks a description-only change as documentation", async () => {
    const report = await compare(editSpec(EDITS.changeFieldDescription));
    expect(report.changes).toEqual([
      expect.objectContaining({ class: "safe", isDocumentation: true }),
    ]);
  });

  it("counts each class in the summary", async () => {
    const both = editSpec((spec) => {
      EDITS.removeRequiredResponseField(spec);
      EDITS.addResponseEnumValue(spec);
      EDITS.addOptionalHeader(spec);
    });
    const report = await compare(both);
    expect(report.summary).toEqual({ breaking: 1, review: 1, safe: 1 });
    expect(report.changes.map((change) => change.class)).toEqual(["breaking", "review", "safe"]);
  });

  it("finds no changes and identical types between identical specs", async () => {
    const report = await compare(BASE_SPEC);
    expect(report.changes).toEqual([]);
    expect(report.summary).toEqual({ breaking: 0, review: 0, safe: 0 });
    expect(report.typescript.isChanged).toBe(false);
  });
});

describe("renderMarkdown", () => {
  it("prints the summary line, a table per operation and the types diff", async () => {
    const markdown = renderMarkdown(await compare(editSpec(EDITS.removeRequiredResponseField)));
    expect(markdown).toContain("## Spec changes: `base` → `head`");
    expect(markdown).toMatch(/^\*\*Summary:\*\* 1 breaking, 0 review, 0 safe\.$/m);
    expect(markdown).toContain(`### \`${OPERATION}\``);
    expect(markdown).toMatch(
      /^\| response field `account_id` removed \| \*\*breaking\*\* \| .+ \|$/m,
    );
    expect(markdown).toContain("### TypeScript impact");
    expect(markdown).toMatch(
      /```diff\n--- generated\/schema\.d\.ts from base\n\+\+\+ generated\/schema\.d\.ts from head\n@@/,
    );
    expect(markdown).toMatch(/^-\s+account_id: string;$/m);
  });

  it("lists security scheme changes outside operations and says the types are identical", async () => {
    const markdown = renderMarkdown(await compare(editSpec(EDITS.renameApiKeyHeader)));
    expect(markdown).toContain("### Outside operations");
    expect(markdown).not.toContain("### `POST");
    expect(markdown).toContain("are identical for both revisions");
    expect(markdown).not.toContain("```diff");
  });

  it("labels documentation changes in the class column", async () => {
    const markdown = renderMarkdown(await compare(editSpec(EDITS.changeFieldDescription)));
    expect(markdown).toMatch(
      /^\| description of response field `name` changed \| safe \(documentation\) \|/m,
    );
  });

  it("says No changes for identical specs, and nothing more", async () => {
    const markdown = renderMarkdown(await compare(BASE_SPEC));
    expect(markdown).toContain("No changes");
    expect(markdown).not.toContain("Summary");
    expect(markdown).not.toContain("###");
  });
});

describe("renderJson", () => {
  it("gives summary counts, each change's operation, where, message, class and reason, and the types diff", async () => {
    const json = JSON.parse(
      renderJson(await compare(editSpec(EDITS.addResponseEnumValue))),
    ) as SpecDiffJson;
    expect(Object.keys(json)).toEqual(["base", "head", "summary", "changes", "typescript"]);
    expect(json.base).toBe("base");
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
      },
    ]);
    expect(json.typescript.changed).toBe(true);
    expect(json.typescript.diff).toMatch(/^\+\s+\| "MISTRAL";$/m);
  });
});
