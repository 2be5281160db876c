/**
 * Reads one revision of openapi.yaml for `spec:diff`: from a file, or from a git ref with
 * `git cat-file blob <commit>:openapi.yaml`, within the limits of scripts/shared/load-spec.ts (size,
 * nodes, depth, references into the same document only). Every failure becomes a
 * {@link SpecDiffError} whose message names what was asked for and what was wrong, so the CLI
 * prints one line and no stack.
 */
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { promisify } from "node:util";
import {
  checkSize,
  DEFAULT_SPEC_LIMITS,
  parseSpecText,
  readSpecFile,
  SpecInputError,
  type SpecLimits,
} from "../shared/load-spec.js";
import { isOpenAPI30, toOpenAPI31 } from "../shared/openapi-30.js";
import { SpecDiffError } from "./error.js";
import { codeSpan, plainMessage } from "./render/escape.js";
import { scopePair } from "./scope.js";
import { findSpecProblems } from "./validate.js";

const execFileAsync = promisify(execFile);

/** Path of the spec inside a git tree, as `git show <ref>:<path>` reads it. */
export const SPEC_FILE = "openapi.yaml";

/** A parsed OpenAPI document; its shape is only known to be a mapping with `openapi: 3.x`. */
export type OpenAPIDocument = Record<string, unknown>;

/** One side of the comparison. */
export interface Revision {
  /** How the report names this side, a message with code spans: `` `HEAD` ``, `` `old.yaml` ``. */
  label: string;
  /** How the command line names this side (`HEAD`, `old.yaml`), to print a command that reruns it. */
  spec: string;
  /** The spec text exactly as read. */
  text: string;
  /** The parsed document, as OpenAPI 3.1: a 3.0 document is converted (openapi-30.ts). */
  document: OpenAPIDocument;
  /** The version the document says it is (`3.0.3`), when it was converted to 3.1. */
  convertedFrom?: string;
}

/** Where to read a revision from, as given on the command line (or the default). */
export type RevisionSource = { kind: "file"; path: string } | { kind: "ref"; ref: string };

/**
 * Decides whether a command-line argument names a file or a git ref: an existing file wins,
 * anything else is treated as a ref.
 */
export async function toRevisionSource(arg: string, cwd: string): Promise<RevisionSource> {
  try {
    if ((await stat(resolve(cwd, arg))).isFile()) return { kind: "file", path: arg };
  } catch {
    // Not a readable file: fall through to a ref.
  }
  return { kind: "ref", ref: arg };
}

/**
 * Reads and parses the spec at `source` within `limits`, as written (not validated, not
 * converted: {@link loadRevisions} does both); throws {@link SpecDiffError} on any failure.
 */
export async function loadRevision(
  source: RevisionSource,
  cwd: string,
  limits: SpecLimits = DEFAULT_SPEC_LIMITS,
): Promise<Revision> {
  if (source.kind === "ref") {
    const label = codeSpan(source.ref);
    const text = await showSpecAtRef(source.ref, cwd, label, limits.maxBytes);
    return parseRevision(text, label, source.ref, limits);
  }
  const label = codeSpan(source.path);
  let text: string;
  try {
    text = await readSpecFile(resolve(cwd, source.path), limits.maxBytes);
  } catch (error) {
    if (error instanceof SpecInputError) throw refusal(label, error);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "file not found" : `could not be read (${code ?? "error"})`;
    throw new SpecDiffError(`spec:diff: ${plainMessage(source.path)}: ${why}`);
  }
  return parseRevision(text, label, source.path, limits);
}

/**
 * The two revisions the command line asks for, validated and as OpenAPI 3.1 (see
 * {@link checkRevisions}): `base` defaults to `HEAD`, `head` to the working tree's openapi.yaml.
 */
export async function loadRevisions(
  args: { base: string | undefined; head: string | undefined },
  cwd: string,
  limits: SpecLimits = DEFAULT_SPEC_LIMITS,
): Promise<{ base: Revision; head: Revision }> {
  const base = await loadRevision(
    args.base === undefined ? { kind: "ref", ref: "HEAD" } : await toRevisionSource(args.base, cwd),
    cwd,
    limits,
  );
  if (args.head !== undefined) {
    const head = await loadRevision(await toRevisionSource(args.head, cwd), cwd, limits);
    return checkRevisions(base, head);
  }
  const head = await loadRevision({ kind: "file", path: SPEC_FILE }, cwd, limits);
  return checkRevisions(base, { ...head, label: `${codeSpan(SPEC_FILE)} (working tree)` });
}

/**
 * Validates the part of each revision that differs from the other (scope.ts: what changed, and
 * all it refers to; what both share is the same in both, and lint:spec checks it), then
 * converts an OpenAPI 3.0 document to 3.1 (openapi-30.ts), so that both are compared as 3.1.
 * @throws {SpecDiffError} naming the revision that is not a valid OpenAPI document, and where.
 */
export async function checkRevisions(
  base: Revision,
  head: Revision,
): Promise<{ base: Revision; head: Revision }> {
  const { changed } = scopePair(base.document, head.document);
  for (const [revision, part] of [
    [base, changed.base],
    [head, changed.head],
  ] as const) {
    const problems = await findSpecProblems(revision.text, part);
    const [first] = problems;
    if (first === undefined) continue;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    const version = plainMessage(String(revision.document["openapi"]));
    throw new SpecDiffError(
      `spec:diff: ${SPEC_FILE} at ${plainMessage(revision.label)} is not a valid OpenAPI ${version} document: ${first}${more}`,
    );
  }
  return { base: as31(base), head: as31(head) };
}

function as31(revision: Revision): Revision {
  const { document } = revision;
  if (!isOpenAPI30(document)) return revision;
  return {
    ...revision,
    document: toOpenAPI31(document),
    convertedFrom: String(document["openapi"]),
  };
}

// "spec:diff: openapi.yaml at `head.yaml` is …": the loader's words after the revision's name.
function refusal(label: string, error: SpecInputError): SpecDiffError {
  return new SpecDiffError(`spec:diff: ${SPEC_FILE} at ${plainMessage(label)} ${error.message}`);
}

/**
 * Parses spec text within `limits` and checks that it says it is an OpenAPI 3 document; `label`
 * names the revision in error messages, `spec` on the command line.
 */
export function parseRevision(
  text: string,
  label: string,
  spec: string,
  limits: SpecLimits = DEFAULT_SPEC_LIMITS,
): Revision {
  let document: Record<string, unknown>;
  try {
    document = parseSpecText(text, limits);
  } catch (error) {
    if (error instanceof SpecInputError) throw refusal(label, error);
    throw error;
  }
  const version = document["openapi"];
  if (typeof version !== "string" || !version.startsWith("3.")) {
    throw new SpecDiffError(
      `spec:diff: ${SPEC_FILE} at ${plainMessage(label)} is not an OpenAPI 3 document (no \`openapi: 3.x\` field)`,
    );
  }
  return { label, spec, text, document };
}

async function git(args: string[], cwd: string, maxBuffer = 1024 * 1024): Promise<string> {
  const { stdout } = await execFileAsync("git", args, { cwd, maxBuffer });
  return stdout;
}

async function showSpecAtRef(
  ref: string,
  cwd: string,
  label: string,
  maxBytes: number,
): Promise<string> {
  const shown = plainMessage(label);
  // A name like `old.yaml` was meant as a file: say so rather than only talk about refs.
  const notFound = /\.(ya?ml|json)$/i.test(ref)
    ? `file not found: ${plainMessage(ref)}`
    : undefined;
  try {
    await git(["rev-parse", "--is-inside-work-tree"], cwd);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "git is not installed"
        : `${cwd} is not inside a git repository`;
    const problem = notFound ?? `${shown} is not a file`;
    throw new SpecDiffError(`spec:diff: ${problem}, and ${reason} to read it as a ref`);
  }
  let commit: string;
  try {
    // `^{commit}` makes a tag or branch resolve to its commit and rejects blobs and trees; the
    // commands below name that commit, never the ref as given, which could read as an option.
    const output = await git(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
      cwd,
    );
    commit = output.trim();
  } catch {
    const problem = notFound
      ? `${notFound} (nor is it a git ref)`
      : `${shown} is neither a file nor a git ref (commit, branch or tag) in this repository`;
    throw new SpecDiffError(`spec:diff: ${problem}`);
  }
  const object = `${commit}:${SPEC_FILE}`;
  let size: number;
  try {
    size = Number((await git(["cat-file", "-s", object], cwd)).trim());
  } catch {
    throw new SpecDiffError(
      `spec:diff: git ref ${shown} has no ${SPEC_FILE} at the repository root`,
    );
  }
  try {
    checkSize(size, maxBytes);
  } catch (error) {
    if (error instanceof SpecInputError) throw refusal(label, error);
    throw error;
  }
  return git(["cat-file", "blob", object], cwd, maxBytes + 1);
}
