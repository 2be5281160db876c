/**
 * Rules for security requirements, judged on what each operation effectively asks for before
 * and after: its own `security`, else the document's default. A caller whose credentials
 * satisfied one requirement before must satisfy one after, or every call gets 401.
 */
import { isRecord } from "../../shared/guards.js";
import { HTTP_METHODS } from "../../shared/openapi.js";
import { verdict, type CallerRule, type Verdict } from "../classes.js";
import type { OpenAPIDocument } from "../load.js";
import type { DescribeContext } from "../site.js";
import { codeSpan } from "../render/escape.js";

/** One requirement as the set of what it asks: scheme names, and `scheme:scope` entries. */
type Requirement = Set<string>;

function toRequirements(list: unknown): Requirement[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.map((entry) => {
    const asked = new Set<string>();
    if (!isRecord(entry)) return asked;
    for (const [scheme, scopes] of Object.entries(entry)) {
      asked.add(scheme);
      if (Array.isArray(scopes)) scopes.forEach((scope) => asked.add(`${scheme}:${String(scope)}`));
    }
    return asked;
  });
}

function effectiveRequirements(
  document: OpenAPIDocument,
  path: string,
  method: string,
): Requirement[] {
  const paths = document["paths"];
  const operation = isRecord(paths) && isRecord(paths[path]) ? paths[path][method] : undefined;
  const own = isRecord(operation) ? toRequirements(operation["security"]) : undefined;
  return own ?? toRequirements(document["security"]) ?? [];
}

/** What a caller who satisfied `before` but none of `after` sent, or undefined if none. */
function lockedOut(before: Requirement[], after: Requirement[]): string | undefined {
  const isAnonymous = (list: Requirement[]): boolean =>
    list.length === 0 || list.some((requirement) => requirement.size === 0);
  if (isAnonymous(after)) return undefined;
  if (isAnonymous(before)) return "no credentials";
  const unmet = before.find(
    (held) => !after.some((asked) => [...asked].every((item) => held.has(item))),
  );
  if (unmet === undefined) return undefined;
  const names = [...unmet].filter((item) => !item.includes(":"));
  return names.map((name) => codeSpan(name)).join(" + ");
}

function securityVerdict(operations: Array<[string, string]>, context: DescribeContext): Verdict {
  for (const [path, method] of operations) {
    const before = effectiveRequirements(context.before, path, method);
    const after = effectiveRequirements(context.after, path, method);
    const held = lockedOut(before, after);
    if (held !== undefined) {
      return verdict(
        "breaking",
        `callers that send ${held} no longer satisfy any requirement, so every call gets 401`,
      );
    }
  }
  return verdict("safe", "every caller's credentials still satisfy a requirement");
}

/** Operations that take the document's default security (they set none of their own). */
function inheritingOperations(document: OpenAPIDocument): Array<[string, string]> {
  const paths = isRecord(document["paths"]) ? document["paths"] : {};
  return Object.entries(paths).flatMap(([path, item]) =>
    isRecord(item)
      ? HTTP_METHODS.filter(
          (method) => isRecord(item[method]) && !("security" in (item[method] as object)),
        ).map((method): [string, string] => [path, method])
      : [],
  );
}

/** True when some operation of `document` requires the scheme `name`, alone or with others. */
export function isSchemeInUse(document: OpenAPIDocument, name: string): boolean {
  const paths = isRecord(document["paths"]) ? document["paths"] : {};
  return Object.entries(paths).some(
    ([path, item]) =>
      isRecord(item) &&
      HTTP_METHODS.some(
        (method) =>
          isRecord(item[method]) &&
          effectiveRequirements(document, path, method).some((requirement) =>
            requirement.has(name),
          ),
      ),
  );
}

/** Rules for security requirements of an operation and of the document. */
export const SECURITY_RULES: readonly CallerRule[] = [
  // The library calls a scheme added to a requirement "additive", but a requirement lists what
  // callers must send together: one more scheme there locks every existing caller out.
  {
    applies: (diff, site) =>
      site.area === "security" && site.operation !== null && diff.path[0] === "paths",
    verdict: (diff, _site, context) =>
      securityVerdict([[String(diff.path[1]), String(diff.path[2])]], context),
  },
  // The default applies to every operation without its own `security`.
  {
    applies: (_diff, site) => site.area === "security" && site.operation === null,
    verdict: (_diff, _site, context) => {
      const operations = [
        ...inheritingOperations(context.before),
        ...inheritingOperations(context.after),
      ];
      if (operations.length === 0) {
        return verdict(
          "safe",
          "every operation sets its own security requirements; the default applies to none",
        );
      }
      return securityVerdict(operations, context);
    },
  },
];
