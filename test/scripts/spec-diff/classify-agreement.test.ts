import { describe, expect, it } from "vitest";
import { checkTypeSites } from "../../../scripts/spec-diff/compiler/findings.js";
import { agrees, isClaimTrue, worstFinding } from "../../../scripts/spec-diff/compiler/verdict.js";
import { ruleChanges } from "../../../scripts/spec-diff/report.js";
import { isSchemeInUse } from "../../../scripts/spec-diff/rules/security.js";
import { touchedBy } from "../../../scripts/spec-diff/subset.js";
import { generatePair } from "../../../scripts/spec-diff/typescript.js";
import { BASE_EDITS, EDITS, type EditName } from "../../fixtures/spec-diff/spec-edits.js";
import { revisionsOf } from "./rule-cases.js";

/** What the rules and the compiler say of each change of an edit. */
async function judged(name: EditName) {
  const from = BASE_EDITS[name];
  const { base, head } = revisionsOf(EDITS[name], from === undefined ? undefined : EDITS[from]);
  const ruled = ruleChanges(base, head);
  const touched = touchedBy(ruled.map(({ diff }) => diff));
  const { before, after } = await generatePair(base, head, touched);
  const sites = ruled.flatMap((change) => change.sites);
  const findings = checkTypeSites(before, after, sites);
  let next = 0;
  return {
    isTypesChanged: before !== after,
    documents: { before: base.document, after: head.document },
    changes: ruled.map(({ change, verdict, sites: own }) => ({
      change,
      verdict,
      found: worstFinding(own.map((site) => ({ site, finding: findings[next++]! }))),
    })),
  };
}

// Every fixture of every spec:diff test: the rules' verdict, and what it says about the
// generated types, must be what TypeScript's own assignability says of the two revisions.
describe("the rules and the compiler", () => {
  it.each(Object.keys(EDITS) as EditName[])("agree on every change of %s", async (name) => {
    const { isTypesChanged, documents, changes } = await judged(name);
    for (const { change, verdict, found } of changes) {
      const context = `${change.message}: ${verdict.class}, "${verdict.reason}"`;
      if (found !== undefined) {
        expect(
          agrees(verdict, found.finding),
          `${context}; the compiler: ${found.finding.status}`,
        ).toBe(true);
      }
      // A reason that says code stops compiling goes with a change in the generated types.
      if (!isTypesChanged) {
        expect(verdict.typeClaim, context).not.toBe("breaks");
        expect(verdict.reason, context).not.toMatch(/no longer compile/);
      }
      expect(isClaimTrue(verdict.typeClaim, found?.finding.status ?? "unresolved"), context).toBe(
        true,
      );
      // "401" only for a scheme some operation requires.
      if (/401/.test(verdict.reason) && change.area === "security-scheme") {
        const scheme = change.where.split("/")[3] ?? "";
        const inUse =
          isSchemeInUse(documents.before, scheme) || isSchemeInUse(documents.after, scheme);
        expect(inUse, context).toBe(true);
      }
    }
  });
});
