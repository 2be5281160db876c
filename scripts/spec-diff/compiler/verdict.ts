/**
 * Where a change lands in the generated types, the compiler has the last word: a rule's verdict
 * stands when it agrees with what the compiler found at the change's site, and is replaced by
 * the compiler's own when it does not. Rules keep deciding what types do not show (limits,
 * formats, defaults the generator ignores, security, servers).
 */
import { verdict, type TypeClaim, type Verdict } from "../classes.js";
import type { CheckName } from "./check-file.js";
import type { SiteFinding } from "./findings.js";
import type { TypeSite } from "./sites.js";
import { codeSpan } from "../render/escape.js";

/** True when `claim` (what a reason says of the types) holds for a site whose finding is `status`. */
export function isClaimTrue(claim: TypeClaim | undefined, status: SiteFinding["status"]): boolean {
  if (claim === undefined || status === "unresolved") return true;
  if (claim === "same") return status === "identical";
  // A widened union still compiles where code compares or switches over it.
  if (claim === "compiles") return status !== "breaking";
  return status === "breaking";
}

/**
 * True when `rule` and the compiler agree: its claim about the types holds, a break the
 * compiler finds is breaking, and a union that gained values is at least review.
 */
export function agrees(rule: Verdict, finding: SiteFinding): boolean {
  if (!isClaimTrue(rule.typeClaim, finding.status)) return false;
  if (finding.status === "breaking") return rule.class === "breaking";
  if (finding.status === "widened") return rule.class !== "safe";
  return true;
}

/** `"a" | "b"` as `` `a` and `b` ``; quoted literals lose their quotes. */
function listed(printed: string): string {
  const names = printed.split(" | ").map((name) => codeSpan(name.replace(/^"(.*)"$/, "$1")));
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

// A printed type short enough, and simple enough, to quote in a reason.
const isQuotable = (printed: string): boolean =>
  printed !== "" && printed.length <= 80 && !printed.includes("{");

function readBreak(finding: SiteFinding): string {
  const { added, names, keys } = finding;
  const failed = (check: CheckName): boolean => finding.failed.includes(check);
  if (failed("keys") && keys !== "") {
    return `code that reads ${listed(keys)} no longer compiles (TS2339): the generated type no longer has it`;
  }
  if (failed("names") && names !== "") {
    return `code that names ${listed(names)} (\`case\`, \`===\`) no longer compiles (TS2678, TS2367): the generated type no longer has it`;
  }
  if (failed("gone")) {
    return "the generated type is now `never`: every read of it no longer compiles (TS2339)";
  }
  if (failed("tuple")) {
    return "the generated array type is now a tuple: reads at an index past its length no longer compile (TS2493)";
  }
  if (added === "undefined") {
    return "the generated type now admits `undefined`: code that reads it as always there no longer compiles (TS18048)";
  }
  if (/\bnull\b/.test(added) && isQuotable(added)) {
    return "the generated type now admits `null`: code that uses it without a null check no longer compiles (TS18047)";
  }
  const what = isQuotable(added) ? ` now also admits ${codeSpan(added)}` : " changes";
  return `the generated type${what}: code written for the old type no longer compiles against it (TS2322, TS2339)`;
}

function sendBreak(finding: SiteFinding): string {
  const { removed, keys } = finding;
  if (finding.failed.includes("keys") && keys !== "") {
    return `calls that still send ${listed(keys)} no longer compile (TS2353): the generated request type no longer has it`;
  }
  if (removed === "undefined") {
    return "calls that leave it out no longer compile (TS2322): the generated request type now requires it";
  }
  const what = isQuotable(removed)
    ? `: the generated type no longer accepts ${codeSpan(removed)}`
    : "";
  return `calls written for the old type no longer compile (TS2322)${what}`;
}

/** The compiler's verdict for a site, where a rule's disagrees with it. */
function compilerVerdict(finding: SiteFinding, site: TypeSite, rule: Verdict): Verdict {
  const claim = (cls: Verdict["class"], reason: string, typeClaim: TypeClaim): Verdict => ({
    ...verdict(cls, reason),
    typeClaim,
  });
  switch (finding.status) {
    case "breaking":
      return claim(
        "breaking",
        site.direction === "read" ? readBreak(finding) : sendBreak(finding),
        "breaks",
      );
    case "widened":
      return claim(
        "review",
        `the generated union now also has ${listed(finding.added)}: \`switch\` and comparisons still compile, ` +
          "but assignments to the old union type do not, and a `switch` may not handle the new values",
        "compiles",
      );
    case "compatible":
      return claim(
        rule.class === "breaking" ? "review" : rule.class,
        "the generated type changes, but code written for the old one still compiles against it",
        "compiles",
      );
    default:
      return claim(
        rule.class === "breaking" ? "review" : rule.class,
        "the generated type is the same for both revisions here, so code that compiled still compiles",
        "same",
      );
  }
}

const SEVERITY: ReadonlyArray<SiteFinding["status"]> = [
  "breaking",
  "widened",
  "compatible",
  "identical",
  "unresolved",
];

/** Of the findings at a change's sites, the one that matters most to callers. */
export function worstFinding(
  judged: ReadonlyArray<{ site: TypeSite; finding: SiteFinding }>,
): { site: TypeSite; finding: SiteFinding } | undefined {
  const rank = (status: SiteFinding["status"]): number => SEVERITY.indexOf(status);
  return [...judged].sort((a, b) => rank(a.finding.status) - rank(b.finding.status))[0];
}

/** `rule`, or the compiler's verdict where `finding` contradicts it. */
export function judge(
  rule: Verdict,
  site: TypeSite | undefined,
  finding: SiteFinding | undefined,
): Verdict {
  if (site === undefined || finding === undefined || agrees(rule, finding)) return rule;
  return compilerVerdict(finding, site, rule);
}
