import { describe, expect, it } from "vitest";
import { foldRows, foldSections } from "../../../scripts/spec-diff/render/fold.js";
import type { SpecChange } from "../../../scripts/spec-diff/report.js";

function change(message: string, extra: Partial<SpecChange> = {}): SpecChange {
  return {
    operation: "POST /a",
    area: "response",
    isWholeOperation: false,
    where: "/paths/~1a/post",
    message,
    class: "safe",
    reason: "additive: existing code ignores what it does not read",
    isDocumentation: false,
    ...extra,
  };
}

const names = (count: number): string[] => Array.from({ length: count }, (_, i) => `f${i}`);

describe("foldRows", () => {
  it("folds changes of one kind into one row that counts and names them", () => {
    const rows = foldRows(
      names(30).map((name) => change(`new optional response field \`${name}\``)),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        message:
          "30 new optional response fields: `f0`, `f1`, `f2`, `f3`, `f4`, `f5`, `f6`, `f7` and 22 more",
        count: 30,
      }),
    ]);
  });

  it("puts the count before the noun after a preposition", () => {
    const rows = foldRows(
      ["a", "b"].map((name) => change(`description of response field \`${name}\` changed`)),
    );
    expect(rows.map((row) => row.message)).toEqual([
      "description of 2 response fields changed: `a` and `b`",
    ]);
  });

  it("lists varying values in place when no noun names them", () => {
    const rows = foldRows(
      ["A", "B", "C"].map((value) =>
        change(`response field \`vendor\` may now be \`${value}\``, {
          class: "review",
          reason: "r",
        }),
      ),
    );
    expect(rows.map((row) => row.message)).toEqual([
      "response field `vendor` may now be `A`, `B` and `C`",
    ]);
  });

  it("keeps apart changes that differ in class, reason or in more than one name", () => {
    const rows = foldRows([
      change("new optional response field `a`"),
      change("new optional response field `b`", { class: "review" }),
      change("type of response field `c` changed from `integer` to `string`"),
      change("type of response field `d` changed from `string` to `boolean`"),
    ]);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.count === 1)).toBe(true);
  });
});

describe("foldSections", () => {
  it("gathers whole operations added into one row of the Operations section", () => {
    const added = names(30).map((name) =>
      change(`new operation \`GET /${name}\``, {
        operation: `GET /${name}`,
        area: "operation",
        isWholeOperation: true,
      }),
    );
    const sections = foldSections(added);
    expect(sections).toEqual([
      {
        heading: "Operations",
        rows: [
          expect.objectContaining({
            message: expect.stringMatching(/^30 new operations: `GET \/f0`/),
          }),
        ],
      },
    ]);
  });

  it("gives operations with the same changes one heading", () => {
    const shared = ["GET /a", "GET /b", "GET /c"].map((operation) =>
      change("response field `id` removed", { operation, class: "breaking" }),
    );
    const sections = foldSections([...shared, change("new optional response field `x`")]);
    expect(sections.map((section) => section.heading)).toEqual([
      "3 operations: `GET /a`, `GET /b` and `GET /c`",
      "`POST /a`",
    ]);
  });

  it("keeps changes outside operations in their own section", () => {
    const sections = foldSections([
      change("new schema `X`", { operation: null, area: "component" }),
    ]);
    expect(sections.map((section) => section.heading)).toEqual(["Outside operations"]);
  });
});
