/**
 * Reads one revision of openapi.yaml for `spec:diff`: from a file, or from a git ref with
 * `git show <ref>:openapi.yaml`. Every failure becomes a {@link SpecDiffError} whose message
 * names what was asked for and what was wrong, so the CLI prints one line and no stack.
 */
import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { firstLine } from "../shared/errors.js";
import { isRecord } from "../shared/guards.js";
import { SpecDiffError } from "./error.js";
import { findSpecProblems } from "./validate.js";

const execFileAsync = promisify(execFile);

/** Path of the spec inside a git tree, as `git show <ref>:<path>` reads it. */
export const SPEC_FILE = "openapi.yaml";

/** A parsed OpenAPI document; its shape is only known to be a mapping with `openapi: 3.x`. */
export type OpenAPIDocument = Record<string, unknown>;

/** One side of the comparison. */
export interface Revision {
  /** How the report names this side: `` `HEAD` ``, `` `old.yaml` ``, … */
  label: string;
  /** How the command line names this side (`HEAD`, `old.yaml`), to print a command that reruns it. */
  spec: string;
  /** The spec text exactly as read, for the type generator. */
  text: string;
  document: OpenAPIDocument;
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
 * Reads, parses and validates the spec at `source`; throws {@link SpecDiffError} on any failure.
 */
export async function loadRevision(source: RevisionSource, cwd: string): Promise<Revision> {
  if (source.kind === "ref") {
    const text = await showSpecAtRef(source.ref, cwd);
    return checkRevision(text, `\`${source.ref}\``, source.ref);
  }
  let text: string;
  try {
    text = await readFile(resolve(cwd, source.path), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "file not found" : `could not be read (${code ?? "error"})`;
    throw new SpecDiffError(`spec:diff: ${source.path}: ${why}`);
  }
  return checkRevision(text, `\`${source.path}\``, source.path, resolve(cwd, source.path));
}

/**
 * The two revisions the command line asks for: `base` defaults to `HEAD`, `head` to the working
 * tree's openapi.yaml.
 */
export async function loadRevisions(
  args: { base: string | undefined; head: string | undefined },
  cwd: string,
): Promise<{ base: Revision; head: Revision }> {
  const base = await loadRevision(
    args.base === undefined ? { kind: "ref", ref: "HEAD" } : await toRevisionSource(args.base, cwd),
    cwd,
  );
  if (args.head !== undefined) {
    return { base, head: await loadRevision(await toRevisionSource(args.head, cwd), cwd) };
  }
  const head = await loadRevision({ kind: "file", path: SPEC_FILE }, cwd);
  return { base, head: { ...head, label: `\`${SPEC_FILE}\` (working tree)` } };
}

/**
 * Parses spec text and checks that it is a valid OpenAPI 3 document; `label` names the
 * revision in error messages, `spec` on the command line, and `path` is where relative
 * references would be resolved from.
 */
export function parseRevision(text: string, label: string, spec = label): Revision {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    // The yaml package appends a multi-line code frame; its first line names the problem and place.
    const problem = firstLine(error).replace(/:$/, "");
    throw new SpecDiffError(`spec:diff: ${SPEC_FILE} at ${label} is not valid YAML: ${problem}`);
  }
  const version = isRecord(document) ? document["openapi"] : undefined;
  if (!isRecord(document) || typeof version !== "string" || !version.startsWith("3.")) {
    throw new SpecDiffError(
      `spec:diff: ${SPEC_FILE} at ${label} is not an OpenAPI 3 document (no \`openapi: 3.x\` field)`,
    );
  }
  return { label, spec, text, document };
}

async function checkRevision(
  text: string,
  label: string,
  spec: string,
  path?: string,
): Promise<Revision> {
  const revision = parseRevision(text, label, spec);
  const problems = await findSpecProblems(text, path);
  const [first] = problems;
  if (first === undefined) return revision;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  throw new SpecDiffError(
    `spec:diff: ${SPEC_FILE} at ${label} is not a valid OpenAPI ${version(revision)} document: ${first}${more}`,
  );
}

function version(revision: Revision): string {
  return String(revision.document["openapi"]);
}

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await execFileAsync("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function showSpecAtRef(ref: string, cwd: string): Promise<string> {
  // A name like `old.yaml` was meant as a file: say so rather than only talk about refs.
  const notFound = /\.(ya?ml|json)$/i.test(ref) ? `file not found: ${ref}` : undefined;
  try {
    await git(["rev-parse", "--is-inside-work-tree"], cwd);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "git is not installed"
        : `${cwd} is not inside a git repository`;
    const problem = notFound ?? `\`${ref}\` is not a file`;
    throw new SpecDiffError(`spec:diff: ${problem}, and ${reason} to read it as a ref`);
  }
  try {
    // `^{commit}` makes a tag or branch resolve to its commit and rejects blobs and trees.
    await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd);
  } catch {
    const problem = notFound
      ? `${notFound} (nor is it a git ref)`
      : `\`${ref}\` is neither a file nor a git ref (commit, branch or tag) in this repository`;
    throw new SpecDiffError(`spec:diff: ${problem}`);
  }
  try {
    return await git(["show", `${ref}:${SPEC_FILE}`], cwd);
  } catch {
    throw new SpecDiffError(
      `spec:diff: git ref \`${ref}\` has no ${SPEC_FILE} at the repository root`,
    );
  }
}
