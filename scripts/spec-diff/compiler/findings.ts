/**
 * What the compiler says of each site: the check file's questions, answered by the checker's
 * own assignability relation, read as one status per site (SiteFinding).
 */
import ts from "typescript";
import { buildCheckFile, type CheckFile, type CheckName } from "./check-file.js";
import { compileCheckFile } from "./program.js";
import type { SiteDirection, TypeSite } from "./sites.js";

/** What the compiler says of one site, from the caller's side of it. */
export interface SiteFinding {
  /**
   * - `unresolved`: the site is not in the generated types (nothing to judge);
   * - `identical`: each revision's type is assignable to the other's, with the same fields;
   * - `compatible`: the type changed, but code written for the old one still compiles;
   * - `widened`: a response's literal union gained values (an enum value added): assignments
   *   to the old union fail, `switch` and comparisons still compile;
   * - `breaking`: code written for the old type no longer compiles.
   */
  status: "unresolved" | "identical" | "compatible" | "widened" | "breaking";
  /** The checks that failed (check-file.ts); as assignments, each fails with TS2322. */
  failed: CheckName[];
  /** Members the head's type has and the base's lacks, as TypeScript prints them. */
  added: string;
  /** Members the base's type has and the head's lacks. */
  removed: string;
  /** Literals the base's type names that the head's lacks (`"OTHER"`). */
  names: string;
  /** Fields the base's type has that the head's lacks (`"account_id"`). */
  keys: string;
}

function statusOf(failed: SiteFinding["failed"], direction: SiteDirection): SiteFinding["status"] {
  const has = (check: CheckName): boolean => failed.includes(check);
  if (has("exists")) return "unresolved";
  if (has("was")) return "compatible";
  if (has("keys") || has("names") || has("tuple") || has("gone")) return "breaking";
  // Only reads ask `values`: a request union that lost values fails `fit` and breaks calls.
  if (has("fit")) return direction === "read" && !has("values") ? "widened" : "breaking";
  return has("back") || has("backKeys") ? "compatible" : "identical";
}

/** Answers the check file's questions about one site at a time, on demand. */
function evaluator(
  checker: ts.TypeChecker,
  file: ts.SourceFile,
  check: CheckFile,
  sites: readonly TypeSite[],
): (site: number) => SiteFinding {
  const aliases = new Map<string, ts.TypeAliasDeclaration>();
  for (const statement of file.statements) {
    if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement);
  }
  // Types are resolved when first asked for: a site never asked about costs only its parsing.
  const typeOf = (name: string): ts.Type | undefined => {
    const alias = aliases.get(name);
    return alias === undefined ? undefined : checker.getTypeFromTypeNode(alias.type);
  };
  const print = (name: string): string => {
    const [alias, type] = [aliases.get(name), typeOf(name)];
    if (alias === undefined || type === undefined || type.flags & ts.TypeFlags.Never) return "";
    // InTypeAlias: the type itself, not the alias's own name.
    return checker.typeToString(type, alias, ts.TypeFormatFlags.InTypeAlias);
  };
  const questions = new Map<number, CheckFile["questions"]>();
  for (const question of check.questions) {
    questions.set(question.site, [...(questions.get(question.site) ?? []), question]);
  }
  return (site) => {
    // A site the generated types do not have resolves to TypeScript's error type, an `any`
    // (the generator writes `unknown`, never `any`).
    const isMissing = [`B${site}`, `H${site}`].some((name) => {
      const type = typeOf(name);
      return type === undefined || (type.flags & ts.TypeFlags.Any) !== 0;
    });
    const failed: SiteFinding["failed"] = [];
    for (const { check: name, target, source } of isMissing ? [] : (questions.get(site) ?? [])) {
      const [to, from] = [typeOf(target), typeOf(source)];
      if (to !== undefined && from !== undefined && !checker.isTypeAssignableTo(from, to)) {
        failed.push(name);
      }
    }
    const status = isMissing ? "unresolved" : statusOf(failed, sites[site]?.direction ?? "read");
    // Printing types is the costly part: only the reasons of a break or a widening need them.
    const names = check.printed(site);
    const shown = (name: string): string =>
      status === "breaking" || status === "widened" ? print(name) : "";
    return {
      status,
      failed,
      added: shown(names.added),
      removed: shown(names.removed),
      names: shown(names.names),
      keys: shown(names.keys),
    };
  };
}

/**
 * Fields added to or removed from one object, many at a time, are first judged together, as
 * one slot of all their names: only when that breaks is each judged apart.
 */
function groupSlots(sites: readonly TypeSite[]): { all: TypeSite[]; groupOf: Map<number, number> } {
  const groups = new Map<string, number[]>();
  sites.forEach((site, index) => {
    if (site.kind !== "slot") return;
    const key = JSON.stringify([site.direction, site.before, site.after]);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const all = [...sites];
  const groupOf = new Map<number, number>();
  for (const members of groups.values()) {
    const [first] = members;
    if (first === undefined || members.length < 2) continue;
    const keys = members.flatMap((index) => sites[index]?.keys ?? []);
    members.forEach((index) => groupOf.set(index, all.length));
    all.push({ ...(sites[first] as TypeSite), keys });
  }
  return { all, groupOf };
}

/**
 * Compiles `base` and `head` (the generated declarations of each revision) with a check file
 * for `sites`, once, and returns what the compiler says of each site, in order.
 */
export function checkTypeSites(
  base: string,
  head: string,
  sites: readonly TypeSite[],
): SiteFinding[] {
  if (sites.length === 0) return [];
  const { all, groupOf } = groupSlots(sites);
  const check = buildCheckFile(all);
  const { checker, file } = compileCheckFile(base, head, check.text);
  const evaluate = evaluator(checker, file, check, all);
  const groupFindings = new Map<number, SiteFinding>();
  return sites.map((_site, index) => {
    const group = groupOf.get(index);
    if (group === undefined) return evaluate(index);
    const finding = groupFindings.get(group) ?? evaluate(group);
    groupFindings.set(group, finding);
    return finding.status === "breaking" ? evaluate(index) : finding;
  });
}
