/**
 * The synthesized TypeScript file that asks the compiler whether code written against the base
 * revision's generated types still compiles against the head's.
 *
 * Each site gets two aliases (`B3`, `H3`: its type in the base and head revisions), and each
 * question a target and a source (`T3_fit`, `S3_fit`), answered by the checker's own
 * `isTypeAssignableTo`: the relation behind `const x: T = y` for a `y` of type `S`. The same
 * questions written as such assignments (assignmentsFile) give a file on which `tsc --strict`
 * reports exactly the failing ones; asking the checker directly spares building an error
 * message for each.
 */
import type { SiteDirection, TypeSite } from "./sites.js";

/** The module names the two declaration sets are declared under. */
export const MODULES = {
  base: "spec-diff:base",
  head: "spec-diff:head",
  helpers: "spec-diff:openapi-typescript-helpers",
} as const;

/** One question asked of a site; see CHECKS. */
export type CheckName =
  "exists" | "was" | "fit" | "values" | "names" | "keys" | "tuple" | "gone" | "back" | "backKeys";

/**
 * The questions, as the assignment that asks each. Reads are callers' code over a response
 * (the head's values must fit the base's type); sends are callers' requests (the base's values
 * must fit the head's type).
 *
 * - `was`: the old type was something: code cannot read a `never` (openapi-fetch's `error`
 *   where no error response was documented), so whatever it becomes breaks no read.
 * - `fit`: values of the new revision's type still fit where code expects the old one (reads),
 *   or values callers built for the old type are still accepted (sends).
 * - `values`: what is new is only more values of a literal union's own kind: `"MISTRAL"` in a
 *   union of strings, or the union opened to `string` (an enum value added).
 * - `names`: every literal the old type names (`case "OTHER":`) is still a member.
 * - `keys`: every field the old type has is still there: reads of it compile (reads), object
 *   literals that set it pass the excess-property check (sends, any union member).
 * - `tuple`: an array did not become a tuple, whose index reads past its length fail.
 * - `gone`: the type did not become `never` (a response that lost its only body), on which
 *   every read fails.
 * - `back`, `backKeys`: the reverse, to tell a type that did not change from one that only
 *   widened or narrowed.
 */
const CHECKS: Record<SiteDirection, ReadonlyArray<[CheckName, string, string]>> = {
  read: [
    ["exists", "Exists<B#, H#>", '"yes"'],
    ["was", "Was<B#>", '"yes"'],
    ["fit", "B#", "H#"],
    ["values", "Widen<LiteralsOf<B#>>", "Exclude<H#, B#>"],
    ["names", "H#", "LiteralsOf<B#>"],
    ["keys", "ReadKeys<H#>", "ReadKeys<B#>"],
    ["tuple", "Tupled<B#, H#>", '"no"'],
    ["gone", "Gone<B#, H#>", '"no"'],
    ["back", "H#", "B#"],
    ["backKeys", "ReadKeys<B#>", "ReadKeys<H#>"],
  ],
  send: [
    ["exists", "Exists<B#, H#>", '"yes"'],
    ["fit", "H#", "B#"],
    ["keys", "SendKeys<H#>", "SendKeys<B#>"],
    ["back", "B#", "H#"],
    ["backKeys", "SendKeys<B#>", "SendKeys<H#>"],
  ],
};

// The helpers the site expressions and checks use. openapi-fetch types `data` and `error` with
// openapi-typescript-helpers' SuccessResponse and ErrorResponse, so those are used as they are.
// DataRead is `data` after `if (error) return`, FailureRead `error` after `if (data) return`:
// a response without a body makes its side admit `undefined`, which such a check lets through.
const PRELUDE = `import type * as B from "${MODULES.base}";
import type * as H from "${MODULES.head}";
import type { ErrorResponse, SuccessResponse } from "${MODULES.helpers}";
type Prop<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type Item<T> = T extends readonly (infer U)[] ? U : never;
type Entry<T> = T extends { readonly [key: string]: infer V } ? V : never;
type Slot<T, K extends PropertyKey> = T extends object ? Pick<T, K & keyof T> : never;
type Bodies<T> = NonNullable<T> extends { content: infer C } ? C[keyof C] : never;
type Responses<Op> = Op extends { responses: infer R extends Record<string | number, any> } ? R : never;
type Data<Op> = SuccessResponse<Responses<Op>>;
type Failure<Op> = ErrorResponse<Responses<Op>>;
type DataRead<Op> = Data<Op> | (undefined extends Failure<Op> ? undefined : never);
type FailureRead<Op> = Failure<Op> | (undefined extends Data<Op> ? undefined : never);
type OrEmpty<T> = [T] extends [never] ? {} : T;
type Group<Op, In extends string> = OrEmpty<NonNullable<Prop<Prop<Op, "parameters">, In>>>;
type LiteralsOf<T> = T extends string ? (string extends T ? never : T) : T extends number ? (number extends T ? never : T) : T extends boolean ? (boolean extends T ? never : T) : never;
type Widen<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean : never;
type ReadKeys<T> = keyof NonNullable<T>;
type SendKeys<T> = T extends object ? keyof T : never;
type Openness<T> = T extends readonly unknown[] ? (number extends T["length"] ? "open" : "tuple") : never;
type Tupled<Before, After> = "open" extends Openness<Before> ? ("open" extends Openness<After> ? "no" : "tuple" extends Openness<After> ? "yes" : "no") : "no";
type Exists<Before, After> = [Before] extends [never] ? ([After] extends [never] ? "no" : "yes") : "yes";
type Was<T> = [T] extends [never] ? "no" : "yes";
type Gone<Before, After> = [After] extends [never] ? ([Before] extends [never] ? "no" : "yes") : "no";
`;

/** A question asked of a site: the aliases of its target and source types. */
export interface Question {
  site: number;
  check: CheckName;
  target: string;
  source: string;
}

/** The check file's text, the lines (0-based) of each site's aliases, and the questions. */
export interface CheckFile {
  text: string;
  /** Line of an alias → the site whose type it is; an error there means the site is not there. */
  aliasLines: Map<number, number>;
  questions: Question[];
  /** Alias names whose types the reasons print: added and removed members, missing keys. */
  printed: (site: number) => { added: string; removed: string; names: string; keys: string };
}

/** The names of a slot's properties, as a union of string literal types. */
const keyUnion = (site: TypeSite): string =>
  (site.keys ?? []).map((key) => JSON.stringify(key)).join(" | ") || "never";

function expressionIn(expression: string, module: "B" | "H", site: TypeSite): string {
  const inModule = expression.replace(/\$/g, module);
  return site.kind === "slot" ? `Slot<${inModule}, ${keyUnion(site)}>` : inModule;
}

/** The aliases of site `index`: `B#`, `H#`, and those the reasons print. */
function siteAliases(site: TypeSite, index: number): string[] {
  const keys = site.direction === "read" ? "ReadKeys" : "SendKeys";
  // A slot prints its property, not the one-property object around it.
  const [before, after] =
    site.kind === "slot"
      ? [`Prop<B${index}, ${keyUnion(site)}>`, `Prop<H${index}, ${keyUnion(site)}>`]
      : [`B${index}`, `H${index}`];
  return [
    `type B${index} = ${expressionIn(site.before, "B", site)};`,
    `type H${index} = ${expressionIn(site.after, "H", site)};`,
    `type Added${index} = Exclude<${after}, ${before}>;`,
    `type Removed${index} = Exclude<${before}, ${after}>;`,
    `type Names${index} = Exclude<LiteralsOf<${before}>, ${after}>;`,
    `type Keys${index} = Exclude<${keys}<B${index}>, ${keys}<H${index}>>;`,
  ];
}

/** Builds the check file for `sites`; site `i`'s aliases are `B{i}`, `H{i}`, `T{i}_fit`, … */
export function buildCheckFile(sites: readonly TypeSite[]): CheckFile {
  const lines: string[] = PRELUDE.trimEnd().split("\n");
  const aliasLines = new Map<number, number>();
  const questions: Question[] = [];
  sites.forEach((site, index) => {
    for (const alias of siteAliases(site, index)) {
      aliasLines.set(lines.length, index);
      lines.push(alias);
    }
    for (const [check, target, source] of CHECKS[site.direction]) {
      const name = `${index}_${check}`;
      aliasLines.set(lines.length, index);
      lines.push(
        `type T${name} = ${target.replace(/#/g, String(index))}; type S${name} = ${source.replace(/#/g, String(index))};`,
      );
      questions.push({ site: index, check, target: `T${name}`, source: `S${name}` });
    }
  });
  return {
    text: lines.join("\n") + "\n",
    aliasLines,
    questions,
    printed: (site) => ({
      added: `Added${site}`,
      removed: `Removed${site}`,
      names: `Names${site}`,
      keys: `Keys${site}`,
    }),
  };
}

/**
 * The check file with each question written as the assignment it stands for
 * (`export const c3_fit: T3_fit = null! as S3_fit;`): `tsc --strict` on it, beside the two
 * declaration modules, reports an error on exactly the questions that fail.
 */
export function assignmentsFile(sites: readonly TypeSite[]): string {
  const file = buildCheckFile(sites);
  const assignments = file.questions.map(
    ({ site, check, target, source }) =>
      `export const c${site}_${check}: ${target} = null! as ${source};`,
  );
  return file.text + assignments.join("\n") + "\n";
}
