/**
 * Checks the examples the stand-in will serve: against the schema at a JSON pointer into the
 * spec, as the response validators would check the body it becomes (JSON Schema 2020-12, with
 * the formats of src/validation/runtime.ts, every other format an annotation); and that JSON
 * and HTTP can carry them.
 */
import { validateHeaderName, validateHeaderValue } from "node:http";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import { escapeControl } from "../../src/internal/escape.js";
import { isRecord } from "../shared/guards.js";
import { formats } from "../../src/validation/runtime.js";

/** Throws one line, naming `where`, when `value` does not match the schema at `pointer`. */
export type ExampleChecker = (pointer: string, value: unknown, where: string) => void;

const DOCUMENT_ID = "openapi.yaml";

/** `openapi.yaml#/paths/~1v4…`: a JSON pointer as a `$ref` into the document (RFC 6901 §6). */
const refTo = (pointer: string): string =>
  `${DOCUMENT_ID}#${pointer.split("/").map(encodeURIComponent).join("/")}`;

/** A checker over `spec`; each schema is compiled once, on first use. */
export function createExampleChecker(spec: Record<string, unknown>): ExampleChecker {
  const ajv = new Ajv2020.default({
    // The spec's keywords that JSON Schema does not know (`openapi`, `paths`, `example`) are
    // annotations here, as in the generated validators.
    strictSchema: false,
    // `type: [string, "null"]`, the spec's nullable fields.
    allowUnionTypes: true,
    // A format without a check in runtime.ts is an annotation, silently: generate prints one
    // line per step. (ajv's compile() never fetches a `$ref`: one leaving the spec fails.)
    logger: false,
  });
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
  ajv.addSchema({ ...spec, $id: DOCUMENT_ID });
  const compiled = new Map<string, ValidateFunction>();
  return (pointer, value, where) => {
    let validate = compiled.get(pointer);
    if (validate === undefined) {
      try {
        validate = ajv.compile({ $ref: refTo(pointer) });
      } catch (error) {
        const reason = escapeControl((error as Error).message);
        throw new Error(`the schema of ${where} does not compile: ${reason}`);
      }
      compiled.set(pointer, validate);
    }
    if (validate(value)) return;
    const [first] = validate.errors ?? [];
    const at = first?.instancePath ? ` at ${first.instancePath}` : "";
    const reason = escapeControl(`${at}: ${first?.message ?? "invalid"}`);
    throw new Error(
      `${where} does not match its schema${reason}; fix the example or the schema in openapi.yaml`,
    );
  };
}

/** A string from the spec, quoted, and safe to print on a terminal. */
export const quote = (text: string): string => escapeControl(JSON.stringify(text));
/** Throws unless `value` is plain JSON: YAML's `.inf` and `.nan` have no JSON form. */
export function requireJson(value: unknown, where: string): void {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Error(`${where} holds ${String(value)}, which JSON cannot carry`);
  }
  if (Array.isArray(value)) for (const item of value) requireJson(item, where);
  else if (isRecord(value)) for (const item of Object.values(value)) requireJson(item, where);
}

/** The value of an Example Object, refusing `externalValue`. */
export function exampleValue(example: unknown, where: string): unknown {
  if (isRecord(example) && "value" in example) {
    requireJson(example["value"], where);
    return example["value"];
  }
  if (isRecord(example) && "externalValue" in example) {
    throw new Error(
      `${where} has an externalValue; give it a value: the generator never reads a file or URL that the spec names`,
    );
  }
  throw new Error(`${where} has no value`);
}

/** A header value as sent: a scalar as text, a list comma-separated (the `simple` style). */
export function headerText(name: string, value: unknown, where: string): string {
  const items = Array.isArray(value) ? value : [value];
  if (!items.every((item) => ["string", "number", "boolean"].includes(typeof item))) {
    throw new Error(`${where} is not a string, number, boolean or a list of them`);
  }
  const text = items.map(String).join(",");
  try {
    validateHeaderName(name);
    validateHeaderValue(name, text);
  } catch {
    throw new Error(`${where} cannot be sent as an HTTP header`);
  }
  return text;
}
