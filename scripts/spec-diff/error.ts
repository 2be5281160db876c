/**
 * The one error `spec:diff` expects: a problem the user can fix, printed as one line.
 */

/** A failure the user can fix; the CLI prints `message` alone and exits 2. */
export class SpecDiffError extends Error {
  override readonly name = "SpecDiffError";
}
