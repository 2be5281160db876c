import { describe, expect, it } from "vitest";
import { isReordering } from "../../../scripts/spec-diff/typescript.js";

describe("isReordering", () => {
  it("is true for the same members in another order", () => {
    const before = "interface A {\n  a: string;\n  b?: number;\n}\n";
    const after = "interface A {\n  b?: number;\n  a: string;\n}\n";
    expect(isReordering(before, after)).toBe(true);
  });

  it("is true for the members of a union reordered, on one line or several", () => {
    expect(isReordering('type V = "A" | "B";', 'type V = "B" | "A";')).toBe(true);
    expect(isReordering('type V =\n  | "A"\n  | "B";', 'type V =\n  | "B"\n  | "A";')).toBe(true);
  });

  it("is false when a member changes, appears or goes", () => {
    expect(isReordering("a: string;", "a: number;")).toBe(false);
    expect(isReordering("a: string;", "a: string;\nb: string;")).toBe(false);
    expect(isReordering("a: string;\nb: number;", "a: number;\nb: string;")).toBe(false);
  });
});
