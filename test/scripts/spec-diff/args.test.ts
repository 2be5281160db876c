import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_TIMEOUT_S,
  failingClasses,
  failureMessage,
  parseSpecDiffArgs,
} from "../../../scripts/spec-diff/args.js";
import { DEFAULT_SPEC_LIMITS } from "../../../scripts/shared/load-spec.js";

describe("parseSpecDiffArgs", () => {
  it("defaults to HEAD against the working tree, Markdown, and never failing", () => {
    expect(parseSpecDiffArgs([])).toEqual({
      base: undefined,
      head: undefined,
      format: "markdown",
      failOn: "never",
      limits: DEFAULT_SPEC_LIMITS,
      timeoutMs: DEFAULT_TIMEOUT_S * 1000,
      maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
      isHelp: false,
    });
  });

  it("takes the limits: bytes and nodes of a revision, memory, and seconds", () => {
    const argv = ["--max-bytes", "9000000", "--max-nodes=2000", "--max-memory", "900"];
    expect(parseSpecDiffArgs([...argv, "--timeout", "0.5"])).toMatchObject({
      limits: { maxBytes: 9_000_000, maxNodes: 2000 },
      maxMemoryMb: 900,
      timeoutMs: 500,
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
    [
      ["--max-bytes", "5MB"],
      /--max-bytes must be a whole number of bytes from 1 to 1,000,000,000, not "5MB"/,
    ],
    [["--max-nodes", "0"], /--max-nodes must be a whole number of nodes from 1/],
    [["--max-memory", "16"], /--max-memory must be a whole number of megabytes from 64 to 65,536/],
    [["--timeout", "-1"], /--timeout must be a number of seconds from 0\.001 to 86,400, not "-1"/],
    [["--timeout"], /--timeout needs a value/],
    // Names that an `in` check would find on Object.prototype are unknown options all the same.
    [["--constructor"], /unknown option --constructor/],
    [["--__proto__=x"], /unknown option --__proto__/],
    // A control character in an option reaches the terminal as an escape.
    [["--format", "\u001b[2Jx"], /not "\\u001b\[2Jx"/],
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
