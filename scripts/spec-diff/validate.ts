/**
 * Checks a revision against the OpenAPI 3.x structure before it is compared, so that a typo
 * such as `type: intger` stops the run instead of being reported as a change.
 *
 * Redocly's `struct` rule is the OpenAPI structure (every object's fields, and the allowed
 * `type`, `in` and `style` values), and `no-unresolved-refs` catches a `$ref` to nothing. Both
 * come from `@redocly/openapi-core`, the library behind `npm run lint:spec`.
 */
import type { Config, NormalizedProblem } from "@redocly/openapi-core";

const RULES = { struct: "error", "no-unresolved-refs": "error" } as const;

let configPromise: Promise<Config> | undefined;

// Imported on first use: a usage error should not wait for the library to load.
async function loadLinter(): Promise<{
  config: Config;
  lint: typeof import("@redocly/openapi-core").lintFromString;
  lineOf: (problem: NormalizedProblem) => number | undefined;
}> {
  const redocly = await import("@redocly/openapi-core");
  configPromise ??= redocly.createConfig({ rules: RULES });
  const lineOf = (problem: NormalizedProblem): number | undefined => {
    const location = problem.location[0];
    return location === undefined ? undefined : redocly.getLineColLocation(location).start.line;
  };
  return { config: await configPromise, lint: redocly.lintFromString, lineOf };
}

/**
 * The problems that make `text` an invalid OpenAPI document, one line each ("`type` can be one of
 * … at #/components/schemas/X/type, line 12"); empty when it is valid. `path` is the file the
 * text came from, for resolving relative references; a git revision has none.
 */
export async function findSpecProblems(text: string, path?: string): Promise<string[]> {
  const { config, lint, lineOf } = await loadLinter();
  const problems = await lint({
    source: text,
    absoluteRef: path ?? "/spec-diff/openapi.yaml",
    config,
  });
  return problems
    .filter((problem) => problem.severity === "error")
    .map((problem) => {
      const pointer = problem.location[0]?.pointer ?? "#";
      const line = lineOf(problem);
      return `${problem.message.replace(/\.$/, "")} at ${pointer}${line === undefined ? "" : `, line ${line}`}`;
    });
}
