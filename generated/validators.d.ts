/**
 * Generated from openapi.yaml by scripts/generate.ts. Do not edit by hand:
 * change openapi.yaml, then run `npm run generate`.
 */

/** One rule a body broke, as ajv reports it with `allErrors` and `verbose`. */
export interface ValidatorError {
  /** JSON pointer to the value in the body (`""` for the body itself). */
  instancePath: string;
  /** Where the rule is in the schema. */
  schemaPath: string;
  /** The JSON Schema keyword of the rule: `type`, `enum`, `required`, … */
  keyword: string;
  /** The rule's parameters: `missingProperty`, `allowedValues`, `type`, `format`, … */
  params: Record<string, unknown>;
  /** ajv's own wording. */
  message?: string;
  /** The schema the keyword is in; its `title` is the name when it is one of components.schemas. */
  parentSchema?: { title?: string };
  /** The value that broke the rule. */
  data?: unknown;
}

/** A generated validator: true when `data` conforms; otherwise `errors` says why. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}

/** The JSON body a response documents. */
export interface BodyValidator {
  /** The name of the body's schema when it is one of components.schemas. */
  name?: string;
  /** Every problem (ajv's `allErrors`): costly on a large body with many problems. */
  validate: Validator;
  /** Stops at the first problem: quick and bounded whatever the body. */
  validateFirst: Validator;
}

/** One operation: its method and path template, and its responses by status key. */
export interface OperationResponses {
  /** Lower case, as openapi-fetch's middleware pairs it with `schemaPath`. */
  method: string;
  /** The path template, as openapi-fetch's middleware receives it in `schemaPath`. */
  path: string;
  /** By `200`, `4XX` or `default`; null where openapi.yaml documents no JSON body. */
  responses: Readonly<Record<string, BodyValidator | null>>;
}

/** Every operation's documented responses, by operationId. */
export declare const operationResponses: {
  readonly addModelInstanceToModelGroup: OperationResponses;
};

export declare const addModelInstanceToModelGroup200: Validator;
export declare const addModelInstanceToModelGroup422: Validator;
export declare const addModelInstanceToModelGroupDefault: Validator;
