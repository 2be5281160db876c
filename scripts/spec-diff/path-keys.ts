/**
 * Keeps api-smart-diff from pairing up the wrong paths. The library matches path templates with
 * their parameter names blanked (`/a/{}`), so that a renamed parameter reads as one path
 * renamed; but where one document has two paths that blank to the same template (GitHub's
 * `/orgs/{org}/attestations/{subject_digest}` and `…/{attestation_id}`), it pairs them across
 * documents at random and reports renames and additions nobody made. Such paths are compared by
 * their exact text instead: renamed for the comparison, and named back in its results.
 */
import type { Diff } from "api-smart-diff";
import { isRecord } from "../shared/guards.js";
import type { OpenAPIDocument } from "./load.js";

// Private-use brackets: a path key cannot hold them and still be a template the library reads.
const OPEN = "\u{F0000}";
const CLOSE = "\u{F0001}";

const blanked = (path: string): string => path.replace(/\{[^}]*\}/g, "{}");
const literal = (path: string): string => path.replace(/\{([^}]*)\}/g, `${OPEN}$1${CLOSE}`);
const restored = (path: string): string => path.split(OPEN).join("{").split(CLOSE).join("}");

function pathKeys(document: OpenAPIDocument): string[] {
  return isRecord(document["paths"]) ? Object.keys(document["paths"]) : [];
}

/** Templates that more than one path of `document` blanks to. */
function ambiguousTemplates(document: OpenAPIDocument): Set<string> {
  const seen = new Set<string>();
  const ambiguous = new Set<string>();
  for (const key of pathKeys(document)) {
    const template = blanked(key);
    if (seen.has(template)) ambiguous.add(template);
    seen.add(template);
  }
  return ambiguous;
}

function withLiteralPaths(document: OpenAPIDocument, ambiguous: ReadonlySet<string>): void {
  const paths = document["paths"];
  if (!isRecord(paths)) return;
  document["paths"] = Object.fromEntries(
    Object.entries(paths).map(([key, item]) => [
      ambiguous.has(blanked(key)) ? literal(key) : key,
      item,
    ]),
  );
}

/**
 * Rewrites, in place, the paths of `base` and `head` whose templates are ambiguous in either of
 * `whole` (the documents they were cut from, scope.ts; themselves by default), so that
 * api-smart-diff compares them by their exact text; returns the function that names them back
 * in a diff. `base` and `head` are the library's own copies.
 */
export function disambiguatePaths(
  base: OpenAPIDocument,
  head: OpenAPIDocument,
  whole: readonly OpenAPIDocument[] = [base, head],
): (diff: Diff) => Diff {
  const ambiguous = new Set(whole.flatMap((document) => [...ambiguousTemplates(document)]));
  if (ambiguous.size === 0) return (diff) => diff;
  withLiteralPaths(base, ambiguous);
  withLiteralPaths(head, ambiguous);
  // A key, or a whole `paths` object added or removed, named back.
  const back = (value: unknown): unknown => {
    if (typeof value === "string") return restored(value);
    if (!isRecord(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [restored(key), item]));
  };
  return (diff) => {
    const [root, key, ...rest] = diff.path;
    if (root !== "paths") return diff;
    if (key !== undefined) return { ...diff, path: [root, restored(String(key)), ...rest] };
    return {
      ...diff,
      ...(diff.before === undefined ? {} : { before: back(diff.before) }),
      ...(diff.after === undefined ? {} : { after: back(diff.after) }),
    };
  };
}
