/**
 * A report no spec string can escape: reports rendered from arbitrary names, values, paths and
 * descriptions, parsed back with a real GFM parser (micromark, as mdast), hold no HTML but the
 * tool's own `<details>` block, no text that forms a mention, and one table row per row the tool
 * meant, whatever the strings hold.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Nodes, Root, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { CALLER_CLASSES, type CallerClass } from "../../../scripts/spec-diff/classes.js";
import {
  codeSpan,
  markdownMessage,
  plainMessage,
} from "../../../scripts/spec-diff/render/escape.js";
import { foldSections } from "../../../scripts/spec-diff/render/fold.js";
import { renderJson } from "../../../scripts/spec-diff/render/json.js";
import { renderMarkdown } from "../../../scripts/spec-diff/render/markdown.js";
import {
  classifyChanges,
  type SpecChange,
  type SpecDiffReport,
} from "../../../scripts/spec-diff/report.js";
import {
  baseRevision,
  headRevision,
  schema,
  type Spec,
} from "../../fixtures/spec-diff/spec-edits.js";
import { PROJECT_ROOT } from "../../helpers/project-copy.js";

// GitHub links `@name` (and `@org/team`) when the `@` follows a non-word character.
const MENTION = /(^|[^\w`])@[a-z\d]/i;
// What hostile strings are made of: Markdown, HTML, mentions, fences, line breaks, controls,
// bidi overrides; and any code point at all.
const HOSTILE_PIECES = [
  "`",
  "``",
  "```",
  "|",
  "\\",
  "<",
  ">",
  "&",
  "@",
  "@octocat",
  "<img src=x onerror=alert(1)>",
  "<!--",
  "-->",
  "</details>",
  "<details>",
  "</summary>",
  "&lt;",
  "&#64;",
  "*",
  "_",
  "[x](http://a)",
  "~~",
  "#",
  "\n",
  "\r\n",
  "\u2028",
  "\t",
  "\u0000",
  "\u001b[2J",
  "\u009b",
  "\u202e",
  "\u200b",
  " ",
  "a",
  "Z",
  "é",
  "😀",
];
const hostileString = fc.oneof(
  fc
    .array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 8 })
    .map((p) => p.join("")),
  fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
);

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ("children" in node) for (const child of node.children) yield* walk(child);
}

/** Plain text of a node, as a reader sees it. */
function textOf(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return "children" in node ? node.children.map((child) => textOf(child)).join("") : "";
}

const CLASS_CELLS: Record<CallerClass, string> = {
  breaking: "breaking",
  review: "review",
  safe: "safe",
};

/** Asserts everything a rendered report must hold, whatever its strings. */
function expectContained(report: SpecDiffReport): void {
  const markdown = renderMarkdown(report);
  const tree = parse(markdown);
  const nodes = [...walk(tree)];

  // No HTML but the tool's own: `<details>` with its `<summary>`, then `</details>` once, last.
  const html = nodes.flatMap((node) => (node.type === "html" ? [node.value] : []));
  if (report.typescript.isChanged) {
    expect(html).toHaveLength(2);
    expect(html[0]).toMatch(
      /^<details>\n<summary>How <code>generated\/schema\.d\.ts<\/code> changes \([\w ;]+; <code>npm run generate<\/code> output for each revision\)<\/summary>$/,
    );
    expect(html[1]).toBe("</details>");
    expect(tree.children.at(-1)).toMatchObject({ type: "html", value: "</details>" });
    // The diff is one code block between them, the whole diff, however its lines look.
    const code = tree.children.filter((node) => node.type === "code");
    expect(code).toHaveLength(1);
    expect(code[0]?.lang).toBe("diff");
  } else {
    expect(html).toEqual([]);
  }

  // No text that forms a mention; code spans and blocks are not read for mentions.
  for (const node of nodes) {
    if (node.type === "text") expect(node.value).not.toMatch(MENTION);
  }

  // The summary line is the tool's own counts.
  if (report.changes.length > 0) {
    const counts = CALLER_CLASSES.map((cls) => `${report.summary[cls]} ${cls}`).join(", ");
    const summary = tree.children.find((node) => textOf(node).startsWith("Summary:"));
    expect(summary && textOf(summary)).toBe(`Summary: ${counts}.`);
  }

  // One table row per row the tool meant, three cells each, its class in the class column.
  const rows = foldSections(report.changes).flatMap((section) => section.rows);
  const tables = nodes.filter((node): node is Table => node.type === "table");
  const bodyRows = tables.flatMap((table) => table.children.slice(1));
  expect(bodyRows).toHaveLength(rows.length);
  bodyRows.forEach((row, index) => {
    expect(row.children).toHaveLength(3);
    const expected = rows[index] as (typeof rows)[number];
    const classText = CLASS_CELLS[expected.class];
    const cell = textOf(row.children[1] as Nodes);
    expect(cell).toBe(expected.isDocumentation ? `${classText} (documentation)` : classText);
  });
}

function change(message: string, reason: string, operation: string, cls: CallerClass): SpecChange {
  return {
    operation,
    area: "response",
    isWholeOperation: false,
    where: "/paths/x",
    message,
    class: cls,
    reason,
    isDocumentation: false,
  };
}

// Under load a few hundred renders and parses take seconds: the limit is for a hung run only.
describe("renderMarkdown, for any spec strings", { timeout: 60_000 }, () => {
  it("keeps them inside their code spans and cells, with no HTML, mention or extra row", () => {
    const changeArbitrary = fc
      .record({
        name: hostileString,
        value: hostileString,
        path: hostileString,
        prose: hostileString,
        cls: fc.constantFrom(...CALLER_CLASSES),
      })
      .map(({ name, value, path, prose, cls }) =>
        change(
          `response field ${codeSpan(name)} may now be ${codeSpan(value)}`,
          // A spec string phrasing forgot to mark: it must still land as text.
          `because ${prose}`,
          `POST /${path}`,
          cls,
        ),
      );
    fc.assert(
      fc.property(
        fc.array(changeArbitrary, { minLength: 1, maxLength: 6 }),
        fc.array(hostileString, { maxLength: 6 }),
        hostileString,
        (changes, diffLines, label) => {
          const summary = { breaking: 0, review: 0, safe: 0 };
          for (const { class: cls } of changes) summary[cls] += 1;
          const report: SpecDiffReport = {
            base: codeSpan(label),
            head: `${codeSpan(label)} (working tree)`,
            specs: { base: label, head: label },
            summary,
            changes,
            typescript: {
              isChanged: true,
              diff: ["--- a", "+++ b", "@@ -1 +1 @@", ...diffLines.map((line) => `+ ${line}`)].join(
                "\n",
              ),
              isOrderOnly: false,
            },
          };
          expectContained(report);
          // JSON: no raw character a terminal acts on, and the same changes.
          const json = renderJson(report);
          expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
          expect((JSON.parse(json) as { changes: unknown[] }).changes).toHaveLength(changes.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps a field name, enum value and path from a real spec edit inside its code span", () => {
    fc.assert(
      fc.property(hostileString, hostileString, (name, value) => {
        const head = headRevision((spec: Spec) => {
          const instance = schema(spec, "ModelInstance");
          Object.defineProperty(instance.properties, name, {
            value: { type: "string", description: value },
            enumerable: true,
            writable: true,
            configurable: true,
          });
          schema(spec, "ModelVendor").enum.push(value);
        });
        const changes = classifyChanges(baseRevision(), head);
        const summary = { breaking: 0, review: 0, safe: 0 };
        for (const { class: cls } of changes) summary[cls] += 1;
        expectContained({
          base: codeSpan("base"),
          head: codeSpan("head"),
          specs: { base: "base", head: "head" },
          summary,
          changes,
          typescript: { isChanged: false, diff: "", isOrderOnly: false },
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe("markdownMessage", () => {
  const cell = { isTableCell: true };

  it.each([
    ["a backtick", "a`b", "``a`b``"],
    ["backticks at both ends", "`a`", "`` `a` ``"],
    ["a pipe", "a|b", "`a\\|b`"],
    ["an HTML tag, kept literal inside code", "<img src=x>", "`<img src=x>`"],
    ["a line break and an escape sequence", "a\nb\u001b[2J", "`a b\\u001b[2J`"],
    ["a bidi override", "abc\u202edef", "`abc\\u202edef`"],
  ])("writes %s in a name as one code span", (_what, name, expected) => {
    expect(markdownMessage(`field ${codeSpan(name)} removed`, cell)).toBe(
      `field ${expected} removed`,
    );
  });

  it("escapes unmarked text: entities for HTML, backslashes for Markdown, no mention", () => {
    expect(markdownMessage("<b>&amp; *x* [l](u) @octocat | </details>", cell)).toBe(
      "&lt;b&gt;&amp;amp; \\*x\\* \\[l\\](u) @\u2060octocat \\| &lt;/details&gt;",
    );
  });

  it("reads a name with a backtick back whole in plain text", () => {
    expect(plainMessage(`field ${codeSpan("a`b")} removed`)).toBe("field ``a`b`` removed");
  });
});

describe("the phrasing code", () => {
  // Every spec string reaches a message through codeSpan(): a code span written by hand around
  // an interpolation would let a backtick in a name end it.
  it("writes no code span by hand around an interpolated value", () => {
    const root = join(PROJECT_ROOT, "scripts", "spec-diff");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
      (file) => file.endsWith(".ts") && !file.startsWith("render"),
    );
    const handMade = files.flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .flatMap((line, index) =>
          /\\`\$\{|"`" \+|\+ "`"/.test(line) && !line.trim().startsWith("*")
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(handMade).toEqual([]);
  });
});
