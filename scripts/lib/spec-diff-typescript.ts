/**
 * The TypeScript side of a spec change: the project's own generator run on both revisions in
 * memory, compared as a unified diff of `generated/schema.d.ts`.
 */
import { createTwoFilesPatch } from "diff";
import { GENERATED_FILE, generateTypes } from "./generate-types.js";
import { SpecDiffError, SPEC_FILE, type Revision } from "./spec-diff-load.js";

/** How the generated declarations differ between two revisions. */
export interface TypeScriptImpact {
  isChanged: boolean;
  /** Unified diff (`---`/`+++` header and hunks); empty when the declarations are identical. */
  diff: string;
}

async function generateFor(revision: Revision, prettierConfigPath: string): Promise<string> {
  try {
    return await generateTypes(revision.text, prettierConfigPath);
  } catch (error) {
    const firstLine = (error as Error).message.split("\n")[0] ?? "";
    throw new SpecDiffError(
      `spec:diff: ${SPEC_FILE} at ${revision.label} could not be turned into types: ${firstLine}`,
    );
  }
}

/**
 * Generates the declarations for both revisions and diffs them.
 * `prettierConfigPath` is a file in the project whose prettier config the generator applies.
 */
export async function compareGeneratedTypes(
  base: Revision,
  head: Revision,
  prettierConfigPath: string,
): Promise<TypeScriptImpact> {
  const [before, after] = await Promise.all([
    generateFor(base, prettierConfigPath),
    generateFor(head, prettierConfigPath),
  ]);
  if (before === after) return { isChanged: false, diff: "" };
  const patch = createTwoFilesPatch(
    `${GENERATED_FILE} from ${plain(base.label)}`,
    `${GENERATED_FILE} from ${plain(head.label)}`,
    before,
    after,
    undefined,
    undefined,
    { context: 3 },
  );
  // Drop the `====` separator line the diff package puts above the file names.
  const lines = patch.split("\n").filter((line) => !/^=+$/.test(line));
  return { isChanged: true, diff: lines.join("\n").trimEnd() };
}

function plain(label: string): string {
  return label.replace(/`/g, "");
}
