/**
 * The bump that the changesets a change adds give the package. Changesets' own release plan
 * reads and validates every changeset in `.changeset/`, as `changeset version` will; the check
 * then keeps the ones this change added.
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
 * The highest bump that the changesets `ids` (file names in `<root>/.changeset/` without `.md`)
 * give `packageName`; "none" when none of them names it. Throws a VersionCheckError when
 * changesets cannot read the folder, for example when a changeset names a package that is not in
 * the repository.
 */
export async function readAddedBump(
  root: string,
  packageName: string,
  ids: readonly string[],
): Promise<Bump> {
  let plan: Awaited<ReturnType<typeof getReleasePlan>>;
  try {
    plan = await getReleasePlan(root);
  } catch (error) {
    throw new VersionCheckError(
      `version:check: changesets could not read .changeset/: ${firstLine(error)}. ` +
        `Fix the file it names: its front matter gives "${packageName}" a bump (patch, minor or major).`,
    );
  }
  const added = new Set(ids);
  const types = plan.changesets
    .filter((changeset) => added.has(changeset.id))
    .flatMap((changeset) => changeset.releases)
    .filter((release) => release.name === packageName)
    .map((release) => release.type);
  let highest: Bump = "none";
  for (const type of types) {
    if (!isBump(type)) {
      throw new VersionCheckError(
        `version:check: a changeset gives ${packageName} the unknown bump "${type}".`,
      );
    }
    if (BUMPS.indexOf(type) > BUMPS.indexOf(highest)) highest = type;
  }
  return highest;
}
