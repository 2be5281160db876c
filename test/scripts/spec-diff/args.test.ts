import { describe, expect, it } from "vitest";
import {
  failingClasses,
  failureMessage,
  parseSpecDiffArgs,
} from "../../../scripts/spec-diff/args.js";

describe("parseSpecDiffArgs", () => {
  it("defaults to HEAD against the working tree, Markdown, and never failing", () => {
    expect(parseSpecDiffArgs([])).toEqual({
      base: undefined,
      head: undefined,
      format: "markdown",
      failOn: "never",
      isHelp: false,
    });
  });

  it("takes base and head in order, and options in either spelling", () => {
    expect(
      parseSpecDiffArgs(["origin/main", "--format", "json", "feature", "--fail-on=review"]),
    ).toMatchObject({ base: "origin/main", head: "feature", format: "json", failOn: "review" });
  });

  it("treats everything after -- as revisions", () => {
    expect(parseSpecDiffArgs(["--", "--weird-branch"])).toMatchObject({ base: "--weird-branch" });
  });

  it("asks for help with -h or --help", () => {
    expect(parseSpecDiffArgs(["-h"]).isHelp).toBe(true);
    expect(parseSpecDiffArgs(["--help"]).isHelp).toBe(true);
  });

  it.each([
    [["--bogus"], /unknown option --bogus/],
    [["--format", "xml"], /--format must be one of markdown, json, not "xml"/],
    [["--fail-on"], /--fail-on needs a value/],
    [["--fail-on", "minor"], /--fail-on must be one of breaking, review, never/],
    [["a", "b", "c"], /at most two revisions, got 3/],
  ])("rejects %j with one usage line", (argv, problem) => {
    expect(() => parseSpecDiffArgs(argv)).toThrow(problem);
    expect(() => parseSpecDiffArgs(argv)).toThrow(
      /; usage: npm run spec:diff -- \[base\] \[head\]/,
    );
    expect(() => parseSpecDiffArgs(argv)).not.toThrow(/\n/);
  });
});

describe("failingClasses", () => {
  it("fails on breaking only, on breaking and review, or never", () => {
    expect(failingClasses("breaking")).toEqual(["breaking"]);
    expect(failingClasses("review")).toEqual(["breaking", "review"]);
    expect(failingClasses("never")).toEqual([]);
  });
});

describe("failureMessage", () => {
  it("says how many changes tripped --fail-on, on one line", () => {
    const message = failureMessage({ breaking: 2, review: 1, safe: 4 }, "review");
    expect(message).toMatch(/^spec:diff: 2 breaking and 1 review changes with --fail-on review: /);
    expect(message).not.toMatch(/\n/);
  });

  it("passes when nothing reaches the threshold", () => {
    expect(failureMessage({ breaking: 0, review: 3, safe: 1 }, "breaking")).toBeUndefined();
    expect(failureMessage({ breaking: 5, review: 0, safe: 0 }, "never")).toBeUndefined();
  });
});
