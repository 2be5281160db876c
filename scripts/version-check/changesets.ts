/**
 * The bump the pending changesets give: changesets' own release plan, so the check sees what
 * `changeset version` will do (its config, pre mode and validation included).
 */
import getReleasePlan from "@changesets/get-release-plan";
import { BUMPS, VersionCheckError, type Bump } from "./rules.js";

function isBump(value: string): value is Bump {
  return (BUMPS as readonly string[]).includes(value);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().split("\n")[0] ?? "";
}

/**
 * The highest bump the changesets in `<root>/.changeset/` give `packageName`; "none" when none
 * names it. Throws a VersionCheckError when changesets cannot read them, for example when one
 * names a package that is not in the repository.
 */
export async function readPendingBump(root: string, packageName: string): Promise<Bump> {
  let plan: Awaited<ReturnType<typeof getReleasePlan>>;
  try {
    plan = await getReleasePlan(root);
  } catch (error) {
    throw new VersionCheckError(
      `version:check: changesets could not read .changeset/: ${firstLine(error)}. ` +
        `Fix the file it names: its front matter gives "${packageName}" a bump (patch, minor or major).`,
    );
  }
  const type = plan.releases.find((release) => release.name === packageName)?.type ?? "none";
  if (!isBump(type)) {
    throw new VersionCheckError(
      `version:check: the pending changesets give ${packageName} the unknown bump "${type}".`,
    );
  }
  return type;
}
