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

export interface SpecValidator {
  /** Validates `value` against `#/components/schemas/<name>`; returns error text or []. */
  schema(name: string, value: unknown): string[];
  /** Validates a response body of the operation's `status` (or `default`) response. */
  response(status: number, value: unknown): string[];
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
  const operation = spec.paths["/v4/model-groups/{model_group_id}/models/{model_instance_id}"].post;
  const at = (pointer: string, value: unknown): string[] => {
    const validate = validatorFor(pointer);
    return validate(value) ? [] : describe(validate.errors);
  };
  return {
    at,
    schema: (name, value) => at(`/components/schemas/${name}`, value),
    response(status, value) {
      const key = String(status) in operation.responses ? String(status) : "default";
      const escapedPath = "~1v4~1model-groups~1{model_group_id}~1models~1{model_instance_id}";
      return at(
        `/paths/${escapedPath}/post/responses/${key}/content/application~1json/schema`,
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

function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/**
 * What is wrong with an answer of the `sgp-client/testing` stand-in, as openapi.yaml reads;
 * [] when nothing is. The route's answers must be the JSON the spec gives for their status
 * (200 ModelInstance, 422 HTTPValidationError, anything else ErrorResponse); a CORS preflight
 * is a 204 without a body; what a status fault sends is the test's choice, and is not checked.
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
      return validator.response(answer.status, body).map((problem) => `${what}: ${problem}`);
    }
  }
}
