/** From the rules ajv reports broken to mismatches a person reads: one per problem. */
import type { ResponseMismatch } from "sgp-client";
import type { ValidatorError } from "../../generated/validators.js";
import { describeFormat, describeTypes, describeValue, pointerToken } from "./words.js";

/** A mismatch, and the rule it broke: the pair a warning is logged once for. */
export interface Mismatch extends ResponseMismatch {
  /** The keyword and where it is in the schema. */
  rule: string;
  /** For a `type` mismatch, what openapi.yaml expects: `a string`. */
  expected?: string;
  /** For a `type` mismatch, the schema whose `type` it is. */
  schema?: object | undefined;
}

const isUnder = (path: string, parent: string): boolean =>
  path === parent || path.startsWith(`${parent}/`);

/** `openapi.yaml's ModelVendor` when the broken rule is in a named schema. */
function schemaName(error: ValidatorError): string | undefined {
  const title = error.parentSchema?.title;
  return title === undefined ? undefined : `openapi.yaml's ${title}`;
}

function expectation(error: ValidatorError): string {
  const types = describeTypes(error.params["type"]);
  const name = schemaName(error);
  return name === undefined ? types : `${name} (${types})`;
}

function describe(error: ValidatorError): Omit<Mismatch, "rule"> {
  const { instancePath: pointer, params, data } = error;
  const value = describeValue(data);
  const name = schemaName(error);
  switch (error.keyword) {
    case "type": {
      const expected = expectation(error);
      return {
        pointer,
        message: `${value} is not ${expected}`,
        expected,
        schema: error.parentSchema,
      };
    }
    case "enum":
      return {
        pointer,
        message:
          name === undefined
            ? `${value} is not one of openapi.yaml's values: ${(params["allowedValues"] as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`
            : `${value} is not in ${name}`,
      };
    case "const":
      return {
        pointer,
        message: `${value} is not ${JSON.stringify(params["allowedValue"])}, the only value openapi.yaml allows`,
      };
    case "required":
      return {
        pointer: `${pointer}/${pointerToken(String(params["missingProperty"]))}`,
        message: `missing; ${name ?? "openapi.yaml"} requires it`,
      };
    case "format":
      return { pointer, message: `${value} is not ${describeFormat(params["format"])}` };
    default:
      return { pointer, message: `${value} does not match openapi.yaml: ${error.message ?? ""}` };
  }
}

/**
 * The errors an `anyOf`/`oneOf` collected from its branches, as one problem. A branch whose type
 * fits the value explains the failure; if none fits, the value's type is the problem: `42 is not
 * a string or an array`. The nullable `anyOf: [{ $ref }, { type: "null" }]` is the usual case.
 */
function collapse(alternatives: ValidatorError, branches: Mismatch[]): Mismatch[] {
  const pointer = alternatives.instancePath;
  const rule = `${alternatives.keyword} ${alternatives.schemaPath}`;
  const typeErrors = branches.filter((m) => m.expected !== undefined && m.pointer === pointer);
  const explaining = branches.filter((m) => !typeErrors.includes(m));
  if (explaining.length > 0) return explaining;
  const value = describeValue(alternatives.data);
  if (typeErrors.length === 0) {
    const which = alternatives.keyword === "oneOf" ? "more than one" : "none";
    return [{ pointer, rule, message: `${value} matches ${which} of openapi.yaml's alternatives` }];
  }
  const expected = typeErrors.map((m) => m.expected).join(" or ");
  return [{ pointer, rule, message: `${value} is not ${expected}` }];
}

/**
 * Whether a `type` mismatch of the same schema at the same place already says it all: `42` is
 * not a string, so that it is not one of the enum's strings adds nothing. ajv checks `type` first.
 */
function isExplainedByType(error: ValidatorError, mismatches: readonly Mismatch[]): boolean {
  return (
    error.keyword !== "type" &&
    error.parentSchema !== undefined &&
    mismatches.some((m) => m.schema === error.parentSchema && m.pointer === error.instancePath)
  );
}

/**
 * One mismatch per problem, in body order. ajv reports an `anyOf`/`oneOf` after the errors of
 * its branches, all at or below its own path, so those are the run of errors just before it.
 */
export function toMismatches(errors: readonly ValidatorError[]): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const error of errors) {
    if (isExplainedByType(error, mismatches)) continue;
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") {
      mismatches.push({ ...describe(error), rule: `${error.keyword} ${error.schemaPath}` });
      continue;
    }
    let start = mismatches.length;
    while (start > 0 && isUnder(mismatches[start - 1]?.pointer ?? "", error.instancePath)) start--;
    mismatches.push(...collapse(error, mismatches.splice(start)));
  }
  return mismatches;
}
