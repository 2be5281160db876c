/**
 * Phrases a change to security requirements, of one operation or the document's default:
 * which credentials callers must now send, in the caller's words.
 */
import { isRecord } from "../../shared/guards.js";
import { pastTense } from "../phrase.js";
import { resolveAt, type JsonPath } from "../pointer.js";
import type { DescribeContext, SpecDiff } from "../site.js";
import { codeSpan } from "../render/escape.js";

/** `` `ApiKeyAuth` + `Bearer` `` for one requirement; "no credentials" for `{}`. */
function formatRequirement(requirement: unknown): string {
  const names = isRecord(requirement) ? Object.keys(requirement) : [];
  return names.length === 0 ? "no credentials" : names.map((name) => codeSpan(name)).join(" + ");
}

/** Alternatives joined by "or": `` `ApiKeyAuth` or `Bearer` ``. */
function formatRequirements(requirements: unknown): string {
  const list = Array.isArray(requirements) ? requirements : [];
  return list.length === 0 ? "none" : list.map(formatRequirement).join(" or ");
}

/**
 * Phrases `diff`, whose path is `<owner>/security/…sub`; `isDefault` says whether the owner is
 * the document (its default) or one operation.
 */
export function phraseSecurityChange(
  diff: SpecDiff,
  context: DescribeContext,
  sub: JsonPath,
  isDefault: boolean,
): string {
  const [index, scheme, scope] = sub;
  const noun = isDefault ? "default security requirement" : "security requirement";
  const document = diff.action === "remove" ? context.before : context.after;
  const listPath = diff.path.slice(0, diff.path.length - sub.length);
  if (index === undefined) {
    if (diff.action === "add") {
      return isDefault
        ? `new default security requirements: ${formatRequirements(diff.after)}`
        : `the operation now sets its own security requirements: ${formatRequirements(diff.after)}`;
    }
    if (diff.action === "remove") {
      return isDefault
        ? "default security requirements removed"
        : "the operation no longer sets its own security requirements; the default applies";
    }
    return `${noun}s changed to ${formatRequirements(diff.after)}`;
  }
  if (scheme === undefined) {
    const requirement = formatRequirement(diff.action === "add" ? diff.after : diff.before);
    if (diff.action === "add") return `new alternative ${noun}: ${requirement}`;
    if (diff.action === "remove") return `${noun} ${requirement} removed`;
    return `${noun} ${requirement} ${pastTense(diff)}`;
  }
  const requirement = resolveAt(document, [...listPath, index]);
  const others = isRecord(requirement)
    ? Object.keys(requirement).filter((name) => name !== String(scheme))
    : [];
  const together =
    others.length > 0
      ? ` together with ${formatRequirement(Object.fromEntries(others.map((name) => [name, []])))}`
      : "";
  const prefix = isDefault ? "by default, callers" : "callers";
  if (scope === undefined && diff.action === "add") {
    return `${prefix} must now also send ${codeSpan(scheme)} credentials${together}`;
  }
  if (scope === undefined && diff.action === "remove") {
    return `${prefix} no longer need ${codeSpan(scheme)} credentials${together}`;
  }
  const value = diff.action === "add" ? diff.after : diff.before;
  if (diff.action === "add")
    return `${codeSpan(scheme)} credentials now need the scope ${codeSpan(value)}`;
  if (diff.action === "remove")
    return `${codeSpan(scheme)} credentials no longer need the scope ${codeSpan(value)}`;
  return `scopes of ${codeSpan(scheme)} in a ${noun} ${pastTense(diff)}`;
}
