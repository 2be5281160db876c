/**
 * Validates values against the schemas in openapi.yaml with a JSON Schema 2020-12 validator,
 * so tests check the spec's own words rather than a copy of them.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

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
