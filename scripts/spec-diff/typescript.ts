/**
 * The TypeScript side of a spec change: the project's own generator run on both revisions in
 * memory, and the declarations that differ, each formatted as `generated/schema.d.ts` has it and
 * shown as a unified diff. Only what is shown is formatted: prettier on a whole large spec's
 * declarations takes seconds, on the few that change, milliseconds.
 */
import { randomUUID } from "node:crypto";
import { diffArrays, structuredPatch } from "diff";
import { format, resolveConfig, type Options } from "prettier";
import ts from "typescript";
import { firstLine } from "../shared/errors.js";
import { isRecord } from "../shared/guards.js";
import { assignTypeNames } from "../shared/type-names.js";
import { GENERATED_FILE, generateDeclarations } from "../generate/types.js";
import { SpecDiffError } from "./error.js";
import { SPEC_FILE, type OpenAPIDocument, type Revision } from "./load.js";
import { oneLine, plainMessage, unmarkMessage } from "./render/escape.js";
import { subsetPair, type Touched } from "./subset.js";

export { GENERATED_FILE };

/** How the generated declarations differ between two revisions. */
export interface TypeScriptImpact {
  isChanged: boolean;
  /**
   * Unified diff (`---`/`+++` header, then one hunk per changed declaration, headed by its name:
   * `@@ ModelInstance @@`; a declaration whose lines only moved is left out, so an order-only
   * change is the header alone); empty when the declarations are identical.
   */
  diff: string;
  /** True when the declarations differ only in order: the same lines, moved. */
  isOrderOnly: boolean;
}

/** The impact of two identical revisions. */
export const NO_TYPESCRIPT_CHANGE: TypeScriptImpact = {
  isChanged: false,
  diff: "",
  isOrderOnly: false,
};

/** The generated declarations of both revisions, unformatted (the TypeScript printer's). */
export interface GeneratedPair {
  before: string;
  after: string;
}

// The last few documents' declarations: tests and a run's two sides share bases.
const generated = new Map<string, Promise<string>>();
const MAX_CACHED = 4;

function generateFor(revision: Revision, document: OpenAPIDocument): Promise<string> {
  const key = document === revision.document ? revision.text : JSON.stringify(document);
  const cached = generated.get(key);
  if (cached !== undefined) return cached;
  // A copy: openapi-typescript resolves `$ref`s in the object it is given.
  const declarations = generateDeclarations(structuredClone(document)).catch((error: unknown) => {
    generated.delete(key);
    throw failure(revision, error);
  });
  if (generated.size >= MAX_CACHED) generated.delete(generated.keys().next().value ?? "");
  generated.set(key, declarations);
  return declarations;
}

function failure(revision: Revision, error: unknown): SpecDiffError {
  return new SpecDiffError(
    `spec:diff: ${SPEC_FILE} at ${plainMessage(revision.label)} could not be turned into types: ${oneLine(firstLine(error))}`,
  );
}

/**
 * Throws when two of the revision's schema names map to one type name, which `npm run generate`
 * refuses: the generator sees only a part of the document, which may hold one of the two.
 */
function checkTypeNames(revision: Revision): void {
  const components = revision.document["components"];
  const schemas = isRecord(components) ? components["schemas"] : undefined;
  try {
    assignTypeNames(isRecord(schemas) ? Object.keys(schemas) : []);
  } catch (error) {
    throw failure(revision, error);
  }
}

/**
 * Generates the declarations for both revisions: of the parts that `touched` names and what
 * they reach (subset.ts), or of the whole documents without it.
 */
export async function generatePair(
  base: Revision,
  head: Revision,
  touched?: Touched,
): Promise<GeneratedPair> {
  checkTypeNames(base);
  checkTypeNames(head);
  const parts =
    touched === undefined
      ? { base: base.document, head: head.document }
      : subsetPair(base.document, head.document, touched);
  const [before, after] = await Promise.all([
    generateFor(base, parts.base),
    generateFor(head, parts.head),
  ]);
  return { before, after };
}

/**
 * Each line of a declaration file with what order cannot change left out: the leading `|` of
 * a union member on its own line, the trailing `;` or `,`, and the order of the members of a
 * union written on one line (after its `name:` or `type X =`).
 */
function orderFreeLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => {
      const bare = line
        .trim()
        .replace(/^\|\s*/, "")
        .replace(/[;,]$/, "");
      const [, head = "", union = bare] = /^(.*?[:=]\s)(.*)$/.exec(bare) ?? [];
      return (
        head +
        union
          .split(/\s+\|\s+/)
          .sort()
          .join(" | ")
      );
    })
    .filter((line) => line !== "")
    .sort();
}

/** True when `before` and `after` hold the same declarations in another order. */
export function isReordering(before: string, after: string): boolean {
  const [a, b] = [orderFreeLines(before), orderFreeLines(after)];
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

/** A top-level declaration: its name and its text, leading comments included. */
interface Declaration {
  name: string;
  text: string;
}

function declarationsOf(text: string): Declaration[] {
  const file = ts.createSourceFile("declarations.d.ts", text, ts.ScriptTarget.Latest, false);
  return file.statements.map((statement, index) => {
    const named = statement as Partial<ts.DeclarationStatement>;
    const name = named.name !== undefined && ts.isIdentifier(named.name) ? named.name.text : "";
    return { name: name || `#${index}`, text: statement.getFullText(file).replace(/^\n+/, "") };
  });
}

let prettierOptions: Promise<Options> | undefined;

/**
 * Each of `texts` formatted, as its lines. One prettier call for all: on GitHub's spec, a call
 * per declaration spent more time setting up each call than formatting. A comment line with a
 * random token stands between them (formatting a file formats each top-level declaration as it
 * would alone), and the output is split there.
 */
async function formatEach(
  texts: readonly string[],
  prettierConfigPath: string,
): Promise<string[][]> {
  if (texts.length === 0) return [];
  prettierOptions ??= resolveConfig(prettierConfigPath).then((options) => options ?? {});
  const separator = `// spec-diff ${randomUUID()}`;
  const joined = texts.map((text) => `${separator}\n${text}`).join("\n");
  // The generator's parser (generate/output.ts): the same lines as generated/schema.d.ts, and
  // Babel's plugin loads in a third of the time of prettier's TypeScript one.
  const code = await format(joined, { ...(await prettierOptions), parser: "babel-ts" });
  const [, ...chunks] = code.split(`${separator}\n`);
  if (chunks.length !== texts.length) throw new Error("spec-diff: prettier moved a separator");
  return chunks.map((chunk) => chunk.trim().split("\n"));
}

/** The hunks of one declaration that changed, added (`old` empty) or removed (`now` empty). */
function declarationHunks(name: string, old: readonly string[], now: readonly string[]): string[] {
  const patch = structuredPatch("", "", old.join("\n") + "\n", now.join("\n") + "\n", "", "", {
    context: 3,
  });
  return patch.hunks.flatMap((hunk) => [`@@ ${name} @@`, ...hunk.lines]);
}

/**
 * How the generated declarations differ between `base` and `head`: a unified diff of the
 * declarations that changed, each formatted with the prettier config that applies to
 * `prettierConfigPath`, in the head's order (removed ones where they stood).
 */
export async function diffGenerated(
  base: Revision,
  head: Revision,
  { before, after }: GeneratedPair,
  prettierConfigPath: string,
): Promise<TypeScriptImpact> {
  if (before === after) return NO_TYPESCRIPT_CHANGE;
  const header = [
    `--- ${GENERATED_FILE} from ${plain(base.label)}`,
    `+++ ${GENERATED_FILE} from ${plain(head.label)}`,
  ];
  const [old, now] = [declarationsOf(before), declarationsOf(after)];
  const oldByName = new Map(old.map((declaration) => [declaration.name, declaration.text]));
  const nowByName = new Map(now.map((declaration) => [declaration.name, declaration.text]));
  const names = diffArrays(
    old.map(({ name }) => name),
    now.map(({ name }) => name),
  ).flatMap((part) => part.value);
  const differing = [...new Set(names)].flatMap((name) => {
    const [was, is] = [oldByName.get(name) ?? "", nowByName.get(name) ?? ""];
    return was === is ? [] : [{ name, was, is }];
  });
  // A declaration whose lines only moved changes no code that uses it: left out. When that is
  // all there is (a spec whose keys were written in another order moves every declaration;
  // diffing all of GitHub's took minutes), one line says so.
  const changed = differing.filter(({ was, is }) => !isReordering(was, is));
  const isOrderOnly = changed.length === 0 && old.length === now.length;
  if (isOrderOnly) return { isChanged: true, diff: header.join("\n"), isOrderOnly };
  const texts = changed.flatMap(({ was, is }) => [was, is].filter((text) => text !== ""));
  const formatted = (await formatEach(texts, prettierConfigPath)).values();
  const next = (text: string): string[] => (text === "" ? [] : (formatted.next().value ?? []));
  const hunks = changed.map(({ name, was, is }) => declarationHunks(name, next(was), next(is)));
  return { isChanged: true, diff: [...header, ...hunks.flat()].join("\n"), isOrderOnly };
}

/** A revision label without its code-span marks. */
export function plain(label: string): string {
  return unmarkMessage(label);
}
