/**
 * Generated from openapi.yaml by scripts/generate.ts. Do not edit by hand:
 * change openapi.yaml, then run `npm run generate`.
 */

/** One answer the stand-in can give for an operation, from an example in openapi.yaml. */
export interface StandInExample {
  /** The example's name in openapi.yaml (`example` for a lone `example`); none for a response without content. */
  readonly name?: string;
  /** The response's key in openapi.yaml: `200`, `2XX`, `default`, … */
  readonly status: string;
  /** The response's header examples, by lower-case name, as they are sent. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body's media type; none for a response without content. */
  readonly contentType?: string;
  /** The body, a JSON value checked against its schema when this file was generated. */
  readonly body?: unknown;
}

/** One operation of a path template. */
export interface StandInOperation {
  readonly operationId: string;
  /** Every example of every response of the operation, in openapi.yaml's order. */
  readonly examples: readonly StandInExample[];
}

/** One path template of openapi.yaml and its operations, by upper-case method. */
export interface StandInPath {
  readonly template: string;
  readonly operations: Readonly<Record<string, StandInOperation>>;
}

/** An example of openapi.yaml's `components.examples`, with its name there. */
export interface NamedExample {
  readonly name: string;
  readonly value: unknown;
}

const componentExample0: unknown = {
  name: "gpt-4o-2024-08-06",
  display_name: "GPT-4o (August 2024)",
  model_vendor: "OPENAI",
  model_type: "CHAT_COMPLETION",
  base_model_id: "gpt-4o",
  base_model_metadata: {
    ui_model_section_type: "PARTNER",
    model_developer: "OpenAI",
    model_license_url: "https://openai.com/policies/terms-of-use",
    delivery_date: "2024-08-06",
    modelDetails: {
      number_of_parameters: 200000000000,
      token_context_window: 128000,
      languages: 50,
      alignments: 1,
    },
  },
  model_creation_parameters: { temperature: 0.2, max_tokens: 4096 },
  model_card: "General-purpose multimodal chat model with a 128k token context window.",
  training_data_card: "Public web data and licensed data, up to October 2023.",
  description: "Default chat model for the support assistant.",
  model_template_id: "mt_01hq2r4d8s6f2g9h3j5k7l1z0x",
  model_group_id: "mg_01hq2r6m3x8v9c4b7n5k2j1h0g",
  id: "mi_01hq2r8f5w3t7y6u1i9o0p2a4s",
  created_at: "2024-09-12T14:03:27Z",
  account_id: "acct_01hq2qz9k4m7n2b5v8c1x3z6l0",
  created_by_user_id: "user_01hq2qy7b3n5m8v1c4x6z9a2s0",
  request_schema: {
    type: "object",
    required: ["messages"],
    properties: { messages: { type: "array", items: { type: "object" } } },
  },
  response_schema: {
    type: "object",
    properties: { choices: { type: "array", items: { type: "object" } } },
  },
  deployment_count: 2,
  supports_multi_turn: true,
};

const componentExample1: unknown = {
  name: "support-triage-agent",
  display_name: "Support triage agent",
  model_vendor: "OTHER",
  model_type: "AGENT",
  base_model_id: null,
  base_model_metadata: {
    ui_model_section_type: "CUSTOM",
    model_developer: "Acme Support",
    model_license_url: null,
    delivery_date: null,
    modelDetails: null,
  },
  model_creation_parameters: null,
  model_card: null,
  training_data_card: null,
  description: "Routes incoming tickets to the right queue.",
  model_template_id: null,
  model_group_id: "mg_01hq2r6m3x8v9c4b7n5k2j1h0g",
  id: "mi_01hq2rk9z2x5c8v1b4n7m0q3w6",
  created_at: "2024-11-05T08:00:00Z",
  account_id: "acct_01hq2qz9k4m7n2b5v8c1x3z6l0",
  created_by_user_id: "user_01hq2qy7b3n5m8v1c4x6z9a2s0",
  request_schema: {
    type: "object",
    required: ["messages"],
    properties: { messages: { type: "array", items: { type: "object" } } },
  },
  response_schema: { type: "object", properties: { output: { type: "object" } } },
  deployment_count: 1,
  supports_multi_turn: true,
};

const componentExample2: unknown = {
  detail: [
    {
      type: "string_too_short",
      loc: ["header", "x-selected-account-id"],
      msg: "String should have at least 1 character",
      input: "",
      ctx: { min_length: 1 },
    },
  ],
};

/** Every path template of openapi.yaml, in its order, with what the stand-in can answer there. */
export const standInPaths: readonly StandInPath[] = [
  {
    template: "/v4/model-groups/{model_group_id}/models/{model_instance_id}",
    operations: {
      POST: {
        operationId: "addModelInstanceToModelGroup",
        examples: [
          {
            name: "chatCompletion",
            status: "200",
            headers: {},
            contentType: "application/json",
            body: componentExample0,
          },
          {
            name: "agentWithNulls",
            status: "200",
            headers: {},
            contentType: "application/json",
            body: componentExample1,
          },
          {
            name: "emptyAccountHeader",
            status: "422",
            headers: {},
            contentType: "application/json",
            body: componentExample2,
          },
          {
            name: "notFound",
            status: "default",
            headers: {},
            contentType: "application/json",
            body: { detail: "Model group mg_0000000000000000000000 not found" },
          },
        ],
      },
    },
  },
];

/**
 * The `components.examples` that a response uses with a named schema (`$ref` to
 * `components.schemas`), by that schema's name, in the order `components.examples` lists them.
 */
export const schemaExamples: Readonly<Record<string, readonly NamedExample[]>> = {
  ModelInstance: [
    { name: "ModelInstanceChatCompletion", value: componentExample0 },
    { name: "ModelInstanceAgentWithNulls", value: componentExample1 },
  ],
  HTTPValidationError: [{ name: "ValidationErrorEmptyAccountHeader", value: componentExample2 }],
};
