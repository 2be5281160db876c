/**
 * Checks a revision against the OpenAPI 3.x structure before it is compared, so that a typo
 * such as `type: intger` stops the run instead of being reported as a change.
 *
 * Redocly's `struct` rule is the OpenAPI structure (every object's fields, and the allowed
 * `type`, `in` and `style` values), and `no-unresolved-refs` catches a `$ref` to nothing. Both
 * come from `@redocly/openapi-core`, the library behind `npm run lint:spec`. It lints the
 * document the loader parsed, not a second parse of the text, and cannot load anything else
 * (scripts/shared/redocly-hardening.ts).
 */
import type { Config, NormalizedProblem } from "@redocly/openapi-core";
import { oneLine } from "./render/escape.js";

const RULES = { struct: "error", "no-unresolved-refs": "error" } as const;
// Where the document says it is: references are resolved against this name, and never loaded.
const DOCUMENT_REF = "/spec-diff/openapi.yaml";

let configPromise: Promise<Config> | undefined;

// Imported on first use: a usage error should not wait for the library to load.
async function loadLinter(): Promise<{
  config: Config;
  lint: (text: string, document: unknown) => Promise<NormalizedProblem[]>;
  lineOf: (problem: NormalizedProblem) => number | undefined;
}> {
  await import("../shared/redocly-hardening.js");
  const redocly = await import("@redocly/openapi-core");
  configPromise ??= redocly.createConfig({ rules: RULES });
  const config = await configPromise;
  const lint = (text: string, parsed: unknown): Promise<NormalizedProblem[]> =>
    redocly.lintDocument({
      document: { source: new redocly.Source(DOCUMENT_REF, text), parsed },
      config: config.styleguide,
      externalRefResolver: new redocly.BaseResolver(config.resolve),
    });
  const lineOf = (problem: NormalizedProblem): number | undefined => {
    const location = problem.location[0];
    return location === undefined ? undefined : redocly.getLineColLocation(location).start.line;
  };
  return { config, lint, lineOf };
}

// Redocly finds a problem's line by parsing the whole text again, which takes 0.6 s for GitHub's
// 7 MB of JSON on one line; past this size, the pointer alone says where.
const MAX_TEXT_FOR_LINES = 1_000_000;

/**
 * The problems that make `document` (parsed from `text`, or a part of what was parsed: the
 * pointers are the same) an invalid OpenAPI document, one line each ("`type` can be one of … at
 * #/components/schemas/X/type, line 12"); empty when it is valid.
 */
export async function findSpecProblems(text: string, document: unknown): Promise<string[]> {
  const { lint, lineOf } = await loadLinter();
  const problems = await lint(text, document);
  return problems
    .filter((problem) => problem.severity === "error")
    .map((problem) => {
      const pointer = problem.location[0]?.pointer ?? "#";
      const line = text.length > MAX_TEXT_FOR_LINES ? undefined : lineOf(problem);
      const where = `${pointer}${line === undefined ? "" : `, line ${line}`}`;
      // Redocly's messages quote the spec's own values: one line, no control character.
      return oneLine(`${problem.message.replace(/\.$/, "")} at ${where}`).slice(0, 300);
    });
}
