/**
 * Error wording shared by the tools under scripts/, which print one line per failure.
 */

/** The first line of an error's message: libraries append code frames and stacks below it. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() ?? "";
}
