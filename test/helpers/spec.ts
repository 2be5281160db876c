/**
 * Validates values against the schemas in openapi.yaml with a JSON Schema 2020-12 validator,
 * so tests check the spec's own words rather than a copy of them.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import type { ObservedAnswer } from "../../src/testing/observe.js";

export const SPEC_PATH = new URL("../../openapi.yaml", import.meta.url);

// A parsed YAML document; its shape is what the tests inspect.
export type SpecDocument = Record<string, any>;

export function loadSpec(): SpecDocument {
  return parse(readFileSync(SPEC_PATH, "utf8")) as SpecDocument;
}

const SPEC_ID = "https://sgp-client.invalid/openapi.yaml";
// Keys of an OpenAPI document that are not JSON Schema keywords; declared so that Ajv's strict
// mode accepts the document as a schema container while still rejecting typos inside schemas.
const OPENAPI_KEYWORDS = ["openapi", "info", "servers", "security", "tags", "paths", "components"];

/** An operation of openapi.yaml: its method (any case) and path template. */
export interface SpecOperation {
  method: string;
  path: string;
}

export interface SpecValidator {
  /** Validates `value` against `#/components/schemas/<name>`; returns error text or []. */
  schema(name: string, value: unknown): string[];
  /**
   * Validates a response body of `operation` against its `status` response (or `4XX`-style
   * range, or `default`); a status the operation does not document is a problem too.
   */
  response(operation: SpecOperation, status: number, value: unknown): string[];
  /** Validates `value` against the schema at a JSON pointer into the spec, e.g. `/components/…`. */
  at(pointer: string, value: unknown): string[];
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword}`);
}

export function createSpecValidator(spec: SpecDocument = loadSpec()): SpecValidator {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary(OPENAPI_KEYWORDS);
  ajv.addSchema({ ...spec, $id: SPEC_ID });
  const cache = new Map<string, ValidateFunction>();
  const validatorFor = (pointer: string): ValidateFunction => {
    let validate = cache.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
      cache.set(pointer, validate);
    }
    return validate;
  };
  const at = (pointer: string, value: unknown): string[] => {
    const validate = validatorFor(pointer);
    return validate(value) ? [] : describe(validate.errors);
  };
  return {
    at,
    schema: (name, value) => at(`/components/schemas/${name}`, value),
    response({ method, path }, status, value) {
      const operation = spec.paths?.[path]?.[method.toLowerCase()];
      const what = `${method.toUpperCase()} ${path}`;
      if (operation === undefined) return [`openapi.yaml has no operation ${what}`];
      const key = [String(status), `${String(status)[0]}XX`, "default"].find(
        (candidate) => candidate in operation.responses,
      );
      if (key === undefined) return [`openapi.yaml documents no ${status} response of ${what}`];
      const escapedPath = path.replaceAll("~", "~0").replaceAll("/", "~1");
      return at(
        `/paths/${escapedPath}/${method.toLowerCase()}/responses/${key}/content/application~1json/schema`,
        value,
      );
    },
  };
}

const SHARED = Symbol.for("sgp-client.test.specValidator");

/**
 * One validator per worker process: compiled on first use and kept on `globalThis`, so that the
 * setup file's check of every stand-in answer does not compile the spec again for each test file.
 */
export function sharedSpecValidator(): SpecValidator {
  const holder = globalThis as { [SHARED]?: SpecValidator };
  return (holder[SHARED] ??= createSpecValidator());
}

/** What is wrong with a body the router sends itself: FastAPI's is `{ "detail": "<text>" }`. */
function routerAnswerProblems(body: unknown): string[] {
  const detail = (body as { detail?: unknown } | null)?.detail;
  return typeof detail === "string" ? [] : ['a router answer must be { "detail": "<text>" }'];
}

function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/**
 * What is wrong with an answer of the `sgp-client/testing` stand-in, as openapi.yaml reads;
 * [] when nothing is. An operation's answers must be the JSON that operation's response for
 * their status gives; what the router answers itself (400, 404, 405) is FastAPI's
 * `{ "detail": "..." }`; a CORS preflight is a 204 without a body; what a status fault sends is
 * the test's choice, and is not checked.
 */
export function standInAnswerProblems(validator: SpecValidator, answer: ObservedAnswer): string[] {
  const what = `${answer.method} ${answer.rawPath} → ${answer.status}`;
  switch (answer.source) {
    case "fault":
      return [];
    case "preflight":
      return answer.status === 204 && answer.body === undefined
        ? []
        : [`${what}: a preflight answer must be a 204 without a body`];
    case "route": {
      const contentType = answer.headers["content-type"];
      if (!isJsonMediaType(contentType) || answer.body === undefined) {
        return [`${what}: expected an application/json body, got ${contentType ?? "none"}`];
      }
      let body: unknown;
      try {
        body = JSON.parse(answer.body);
      } catch {
        return [`${what}: the body is not JSON: ${answer.body.slice(0, 80)}`];
      }
      const problems =
        answer.operation === undefined
          ? routerAnswerProblems(body)
          : validator.response(answer.operation, answer.status, body);
      return problems.map((problem) => `${what}: ${problem}`);
    }
  }
}
