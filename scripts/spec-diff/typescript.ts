/**
 * The TypeScript side of a spec change: the project's own generator run on both revisions in
 * memory, compared as a unified diff of the generated declarations.
 */
import { createTwoFilesPatch } from "diff";
import { firstLine } from "../shared/errors.js";
import { GENERATED_FILE, generateTypes } from "../generate/types.js";
import { SpecDiffError } from "./error.js";
import { unmarkMessage } from "./render/escape.js";
import { SPEC_FILE, type Revision } from "./load.js";

export { GENERATED_FILE };

/** How the generated declarations differ between two revisions. */
export interface TypeScriptImpact {
  isChanged: boolean;
  /** Unified diff (`---`/`+++` header and hunks); empty when the declarations are identical. */
  diff: string;
  /** True when the declarations differ only in order: the same lines, moved. */
  isOrderOnly: boolean;
}

/** The impact of two identical revisions. */
export const NO_TYPESCRIPT_CHANGE: TypeScriptImpact = {
  isChanged: false,
  diff: "",
  isOrderOnly: false,
};

async function generateFor(revision: Revision, prettierConfigPath: string): Promise<string> {
  try {
    return await generateTypes(revision.text, prettierConfigPath);
  } catch (error) {
    throw new SpecDiffError(
      `spec:diff: ${SPEC_FILE} at ${revision.label} could not be turned into types: ${firstLine(error)}`,
    );
  }
}

/**
 * Each line of a declaration file with what order cannot change left out: the leading `|` of
 * a union member on its own line, the trailing `;` or `,`, and the order of the members of a
 * union written on one line (after its `name:` or `type X =`).
 */
function orderFreeLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => {
      const bare = line
        .trim()
        .replace(/^\|\s*/, "")
        .replace(/[;,]$/, "");
      const [, head = "", union = bare] = /^(.*?[:=]\s)(.*)$/.exec(bare) ?? [];
      return (
        head +
        union
          .split(/\s+\|\s+/)
          .sort()
          .join(" | ")
      );
    })
    .filter((line) => line !== "")
    .sort();
}

/** True when `before` and `after` hold the same declarations in another order. */
export function isReordering(before: string, after: string): boolean {
  const [a, b] = [orderFreeLines(before), orderFreeLines(after)];
  return a.length === b.length && a.every((part, index) => part === b[index]);
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
  if (before === after) return NO_TYPESCRIPT_CHANGE;
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
  return {
    isChanged: true,
    diff: lines.join("\n").trimEnd(),
    isOrderOnly: isReordering(before, after),
  };
}

/** A revision label without its code-span marks. */
export function plain(label: string): string {
  return unmarkMessage(label);
}
