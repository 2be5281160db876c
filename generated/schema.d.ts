/**
 * Generated from openapi.yaml by scripts/generate.ts. Do not edit by hand:
 * change openapi.yaml, then run `npm run generate`.
 */

export interface paths {
  "/v4/model-groups/{model_group_id}/models/{model_instance_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a model instance to a model group
     * @description Adds the model instance `model_instance_id` to the model group `model_group_id` and returns the model instance, whose `model_group_id` is now set. The request has no body and no query parameters.
     */
    post: operations["addModelInstanceToModelGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ModelType: ModelType;
    ModelVendor: ModelVendor;
    UiModelSectionType: UiModelSectionType;
    ModelDetails: ModelDetails;
    BaseModelMetadata: BaseModelMetadata;
    ModelInstance: ModelInstance;
    ValidationError: ValidationError;
    HTTPValidationError: HTTPValidationError;
    ErrorResponse: ErrorResponse;
  };
  responses: never;
  parameters: {
    /**
     * @description The ID of the model group to add the model instance to.
     * @example mg_01hq2r6m3x8v9c4b7n5k2j1h0g
     */
    ModelGroupId: string;
    /**
     * @description The ID of the model instance to add to the model group.
     * @example mi_01hq2r8f5w3t7y6u1i9o0p2a4s
     */
    ModelInstanceId: string;
    /**
     * @description The account to act in, for users who belong to several accounts. When absent, SGP uses the API key's default account.
     * @example acct_01hq2qz9k4m7n2b5v8c1x3z6l0
     */
    SelectedAccountId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
/**
 * ModelType
 * @description An enum representing the different types of models supported.
 *     Attributes: COMPLETION: Denotes that the model type is completion. CHAT_COMPLETION: Denotes that the model type is chat completion. AGENT: Denotes that the model type is agent. EMBEDDING: Denotes that the model type is embedding. RERANKING: Denotes that the model type is reranking. GENERIC: Denotes that the model type is generic.
 * @enum {string}
 */
export type ModelType =
  "COMPLETION" | "CHAT_COMPLETION" | "AGENT" | "EMBEDDING" | "RERANKING" | "GENERIC";
/**
 * ModelVendor
 * @description An enum representing the different types of model vendors supported.
 *     Attributes: OPENAI: Denotes that the model vendor is OpenAI. COHERE: Denotes that the model vendor is Cohere. GOOGLE: Denotes that the model vendor is Google. ANTHROPIC: Denotes that the model vendor is Anthropic. LLMENGINE: Denotes that the model vendor is LLM Engine. OTHER: Denotes that the model vendor is Other.
 *     This list has grown between API versions (older documents lack `VERTEX_AI`); callers should expect a value outside it one day and handle it as `OTHER`.
 * @enum {string}
 */
export type ModelVendor =
  | "OPENAI"
  | "COHERE"
  | "GOOGLE"
  | "VERTEX_AI"
  | "ANTHROPIC"
  | "LAUNCH"
  | "LLMENGINE"
  | "BEDROCK"
  | "OTHER";
/**
 * UiModelSectionType
 * @description The section of the SGP model catalogue in which the base model is listed.
 * @enum {string}
 */
export type UiModelSectionType = "PARTNER" | "OPENSOURCE" | "CUSTOM";
/**
 * ModelDetails
 * @description Size and capability figures of a base model. Every field may be absent or `null`.
 */
export interface ModelDetails {
  /** @description Number of parameters of the model. */
  number_of_parameters?: number | null;
  /** @description Size of the model's context window, in tokens. */
  token_context_window?: number | null;
  /** @description Number of languages the model supports. */
  languages?: number | null;
  /** @description Number of alignments the model has been through. */
  alignments?: number | null;
}
/**
 * BaseModelMetadata
 * @description Catalogue metadata about the base model of a model instance. Every field may be absent or `null`.
 */
export interface BaseModelMetadata {
  /** @description The section of the SGP model catalogue that lists the base model. */
  ui_model_section_type?: UiModelSectionType | null;
  /** @description The organisation that developed the model. */
  model_developer?: string | null;
  /** @description Where the model's license can be read. */
  model_license_url?: string | null;
  /** @description When the model was, or will be, delivered. */
  delivery_date?: string | null;
  /** @description Size and capability figures. camelCase on the wire, unlike every other field. */
  modelDetails?: ModelDetails | null;
}
/**
 * ModelInstance
 * @description A model instance registered in SGP. The required fields are never `null`; every optional field may be absent or `null` (SGP declares them `Optional[...] = None`, which FastAPI sends as `null`).
 */
export interface ModelInstance {
  /** @description The name of the model instance. */
  name: string;
  /** @description The name shown for the model instance in the SGP user interface. */
  display_name?: string | null;
  /** @description The vendor of the model. */
  model_vendor?: ModelVendor | null;
  model_type: ModelType;
  /** @description The ID of the base model the model instance was created from. */
  base_model_id?: string | null;
  /** @description Catalogue metadata about the base model. */
  base_model_metadata?: BaseModelMetadata | null;
  /** @description The parameters the model instance was created with. */
  model_creation_parameters?: {
    [key: string]: unknown;
  } | null;
  /** @description The model card of the model instance. */
  model_card?: string | null;
  /** @description The card describing the data the model was trained on. */
  training_data_card?: string | null;
  /** @description A description of the model instance. */
  description?: string | null;
  /** @description The ID of the model template the model instance was created from. */
  model_template_id?: string | null;
  /** @description The ID of the model group the model instance belongs to. */
  model_group_id?: string | null;
  /** @description The unique identifier of the entity. */
  id: string;
  /**
   * Format: date-time
   * @description The date and time when the entity was created in ISO format.
   */
  created_at: string;
  /** @description The ID of the account that owns the given entity. */
  account_id: string;
  /** @description The user who originally created the entity. */
  created_by_user_id: string;
  /** @description JSON schema for the requests to the model instance */
  request_schema: {
    [key: string]: unknown;
  };
  /** @description JSON schema for the response to the model */
  response_schema: {
    [key: string]: unknown;
  };
  /** @description Number of deployments of this model instance */
  deployment_count: number;
  /** @description True if a model supports multi-turn conversations natively */
  supports_multi_turn: boolean;
}
/**
 * ValidationError
 * @description One problem found while validating the request, as pydantic v2 reports it. Recent FastAPI releases document `input` and `ctx` too (fastapi/fastapi#14791); older ones, and services still on pydantic v1, send only `loc`, `msg` and `type`.
 */
export interface ValidationError {
  /** @description Where the problem is, e.g. `["header", "x-selected-account-id"]`. */
  loc: (string | number)[];
  /** @description What is wrong, in words. */
  msg: string;
  /** @description A machine-readable error type, e.g. `string_too_short`. */
  type: string;
  /** @description The value that failed validation, of any JSON type (`null` included). */
  input?: unknown;
  /** @description The parameters of the rule that failed, e.g. `{"min_length": 1}`; only for rules that have parameters. */
  ctx?: {
    [key: string]: unknown;
  };
}
/**
 * HTTPValidationError
 * @description The body of a 422 response, as FastAPI sends it.
 */
export interface HTTPValidationError {
  /** @description Every problem found in the request. */
  detail?: ValidationError[];
}
/**
 * ErrorResponse
 * @description The body of an undocumented error response. Usually `{ "detail": "..." }`; `detail` may also be a list (FastAPI validation errors) or absent.
 */
export interface ErrorResponse {
  /** @description What went wrong, as a sentence or as a list of problems. */
  detail?: string | unknown[];
}
export type ParameterModelGroupId = components["parameters"]["ModelGroupId"];
export type ParameterModelInstanceId = components["parameters"]["ModelInstanceId"];
export type ParameterSelectedAccountId = components["parameters"]["SelectedAccountId"];
export type $defs = Record<string, never>;
export interface operations {
  addModelInstanceToModelGroup: AddModelInstanceToModelGroupOperation;
}
/** The operation `addModelInstanceToModelGroup` of openapi.yaml. */
export interface AddModelInstanceToModelGroupOperation {
  parameters: {
    query?: never;
    header?: {
      /**
       * @description The account to act in, for users who belong to several accounts. When absent, SGP uses the API key's default account.
       * @example acct_01hq2qz9k4m7n2b5v8c1x3z6l0
       */
      "x-selected-account-id"?: components["parameters"]["SelectedAccountId"];
    };
    path: {
      /**
       * @description The ID of the model group to add the model instance to.
       * @example mg_01hq2r6m3x8v9c4b7n5k2j1h0g
       */
      model_group_id: components["parameters"]["ModelGroupId"];
      /**
       * @description The ID of the model instance to add to the model group.
       * @example mi_01hq2r8f5w3t7y6u1i9o0p2a4s
       */
      model_instance_id: components["parameters"]["ModelInstanceId"];
    };
    cookie?: never;
  };
  requestBody?: never;
  responses: {
    /** @description Successful Response */
    200: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": ModelInstance;
      };
    };
    /** @description Validation Error */
    422: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": HTTPValidationError;
      };
    };
    /** @description Any other error. Not documented by SGP, but seen in practice: 401 (missing or wrong API key), 403, 404 (unknown model group or model instance), 409, 429 and 5xx. The body is usually a JSON object with a `detail` member; a proxy may send anything. */
    default: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": ErrorResponse;
      };
    };
  };
}
