/**
 * The rule behind `npm run version:check`: the least version bump a spec change needs, and the
 * verdict on the bump the changesets a change adds give. Pure: no git, no files, no processes.
 */

/** Release types in increasing order, as changesets names them. */
export const BUMPS = ["none", "patch", "minor", "major"] as const;
/** A release type: what a changeset, or the spec, asks of the next version. */
export type Bump = (typeof BUMPS)[number];

/** spec:diff's classes, most severe first. */
export const CHANGE_CLASSES = ["breaking", "review", "safe"] as const;
/** How a spec change affects callers, as spec:diff classifies it. */
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/** One change from `spec:diff --format json`: the fields this check reads. */
export interface SpecChange {
  /** `POST /v4/…`, or null for a change outside operations. */
  operation: string | null;
  /** What changed, in the caller's terms. */
  message: string;
  class: ChangeClass;
}

/** Bad input to the check (not a failed check): exit code 2 with this one-line message. */
export class VersionCheckError extends Error {
  override readonly name = "VersionCheckError";
}

// SemVer 2.0.0 §4: 0.y.z is initial development, where anything may change. The common reading
// (npm's caret ranges, Cargo) shifts every rule down one place: 0.y is breaking, 0.y.z the rest.
const LEAST_BUMP: Record<"initial" | "stable", Record<ChangeClass, Bump>> = {
  initial: { breaking: "minor", review: "patch", safe: "patch" },
  stable: { breaking: "major", review: "minor", safe: "patch" },
};

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** True for a 0.y.z version; throws a VersionCheckError for a version that is not SemVer. */
function isInitialDevelopment(version: string): boolean {
  const match = SEMVER.exec(version);
  if (!match) {
    throw new VersionCheckError(
      `version:check: package.json's version ${JSON.stringify(version)} is not a semantic version (x.y.z); fix package.json.`,
    );
  }
  return match[1] === "0";
}

/** The least bump a change of `changeClass` needs when the current version is `version`. */
export function leastBump(changeClass: ChangeClass, version: string): Bump {
  return LEAST_BUMP[isInitialDevelopment(version) ? "initial" : "stable"][changeClass];
}

/** The higher of two bumps. */
function higherBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

function isBelow(bump: Bump, than: Bump): boolean {
  return BUMPS.indexOf(bump) < BUMPS.indexOf(than);
}

/** What the check compares. */
export interface BumpCheckInput {
  /** Every change spec:diff found between where the change left the base and the working tree. */
  changes: readonly SpecChange[];
  /** The package's name and its current version (package.json's, before the changesets). */
  packageName: string;
  version: string;
  /** The bump the changesets this change adds give the package; none without one. */
  added: Bump;
}

/** The check's outcome. */
export interface BumpVerdict {
  isEnough: boolean;
  /** The least bump the spec change needs; none when the spec did not change. */
  required: Bump;
  /** One line when the bump is enough; otherwise the lines that say what to fix. */
  message: string;
}

function describeAdded(added: Bump, packageName: string): string {
  return added === "none"
    ? `this change adds no changeset that bumps ${packageName}`
    : `the changesets this change adds give ${added}`;
}

function describeRule(packageName: string, version: string): string {
  return isInitialDevelopment(version)
    ? `While ${packageName} is 0.x (${version}), a breaking change needs minor and a review or safe change patch.`
    : `From 1.0.0 on, a breaking change needs major, a review change minor and a safe change patch.`;
}

/** Compares the bump the added changesets give with the least bump the spec changes need. */
export function checkBump({ changes, packageName, version, added }: BumpCheckInput): BumpVerdict {
  const needs = changes.map((change) => ({ change, bump: leastBump(change.class, version) }));
  const required = needs.reduce<Bump>((highest, { bump }) => higherBump(highest, bump), "none");
  const addedText = describeAdded(added, packageName);
  if (required === "none") {
    return {
      isEnough: true,
      required,
      message: `no spec change, so the spec needs no bump; ${addedText}`,
    };
  }
  if (!isBelow(added, required)) {
    return {
      isEnough: true,
      required,
      message: `spec change needs a ${required} bump; ${addedText}`,
    };
  }
  const short = needs
    .filter(({ bump }) => isBelow(added, bump))
    .map(({ change, bump }) => {
      const where = change.operation === null ? "" : `${change.operation}: `;
      return `  needs ${bump} (${change.class}): ${where}${change.message}`;
    });
  const message = [
    `version:check: the spec change needs a ${required} bump, but ${addedText}.`,
    ...short,
    describeRule(packageName, version),
    "Changesets already on the base branch count for the pull requests that added them, not for this one.",
    `Run \`npx changeset\`, choose a ${required} bump for ${packageName} and describe the change ` +
      "for callers, then commit the file it writes in .changeset/.",
  ].join("\n");
  return { isEnough: false, required, message };
}
