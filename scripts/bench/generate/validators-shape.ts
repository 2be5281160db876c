/** What a generated validators module holds: its functions and the schemas they check. */
import { FIRST_ERROR_MODULE } from "../../generate/validators.js";

/** The shape of a generated validators module. */
export interface ValidatorsShape {
  /** `function validateN(` definitions, in both sets. */
  functions: number;
  /** Distinct names among them within each set: fewer means a function is written out twice. */
  distinctFunctions: number;
  /** Schemas of components.schemas compiled: each has its name as `title` (counted in one set). */
  components: number;
}

/**
 * A generated module's two sets of validators: the all-errors ones at the top level, and the
 * first-error ones in the `firstError` scope after them.
 */
export function modesOf(code: string): [allErrors: string, firstError: string] {
  const at = code.indexOf(`const ${FIRST_ERROR_MODULE} = `);
  return at === -1 ? [code, ""] : [code.slice(0, at), code.slice(at)];
}

/** The `validateN` functions `code` defines, and how many schemas it names. */
function setShape(code: string): { names: string[]; components: number } {
  return {
    names: [...code.matchAll(/^\s*function (validate\d+)\(/gm)].map((match) => match[1]!),
    components: [...code.matchAll(/^\s*const schema\d+ = \{ "title": /gm)].length,
  };
}

/** Counts what `code`, a generated validators module as esbuild prints it, holds. */
export function shapeOf(code: string): ValidatorsShape {
  const [all, first] = modesOf(code).map(setShape) as [
    ReturnType<typeof setShape>,
    ReturnType<typeof setShape>,
  ];
  return {
    functions: all.names.length + first.names.length,
    distinctFunctions: new Set(all.names).size + new Set(first.names).size,
    components: all.components,
  };
}
