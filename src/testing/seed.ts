import type { ModelInstance, ModelType } from "../types.js";

/** The account that owns the seeded data and, by default, anything added later. */
export const SEED_ACCOUNT_ID = "acct_01hq2qz9k4m7n2b5v8c1x3z6l0";
/** The user who created the seeded data and, by default, anything added later. */
export const SEED_USER_ID = "user_01hq2qy7b3n5m8v1c4x6z9a2s0";

/** Seeded model groups; the first is the demo group. */
export const SEED_GROUPS = [
  { id: "mg_01hq2r6m3x8v9c4b7n5k2j1h0g", name: "support-assistant" },
  { id: "mg_01hq2rb4k7d2s9f6g3h8j5l1z0", name: "retrieval-pipeline" },
  { id: "mg_01hq2rd9p4q1w6e3r8t5y2u7i0", name: "evaluation-baselines" },
] as const;

const ARRAY_OF_OBJECTS = { type: "array", items: { type: "object" } };

/** Small JSON schemas of a model's requests and responses, by model type. */
export const SCHEMAS_BY_TYPE: Record<
  ModelType,
  Pick<ModelInstance, "request_schema" | "response_schema">
> = {
  CHAT_COMPLETION: {
    request_schema: {
      type: "object",
      required: ["messages"],
      properties: { messages: ARRAY_OF_OBJECTS },
    },
    response_schema: { type: "object", properties: { choices: ARRAY_OF_OBJECTS } },
  },
  COMPLETION: {
    request_schema: {
      type: "object",
      required: ["prompt"],
      properties: { prompt: { type: "string" } },
    },
    response_schema: { type: "object", properties: { completions: ARRAY_OF_OBJECTS } },
  },
  EMBEDDING: {
    request_schema: {
      type: "object",
      required: ["texts"],
      properties: { texts: { type: "array", items: { type: "string" } } },
    },
    response_schema: { type: "object", properties: { embeddings: ARRAY_OF_OBJECTS } },
  },
  RERANKING: {
    request_schema: {
      type: "object",
      required: ["query", "chunks"],
      properties: { query: { type: "string" }, chunks: { type: "array" } },
    },
    response_schema: { type: "object", properties: { chunk_scores: { type: "array" } } },
  },
  AGENT: {
    request_schema: {
      type: "object",
      required: ["messages"],
      properties: { messages: ARRAY_OF_OBJECTS, tools: ARRAY_OF_OBJECTS },
    },
    response_schema: { type: "object", properties: { output: { type: "object" } } },
  },
  GENERIC: {
    request_schema: { type: "object", additionalProperties: true },
    response_schema: { type: "object", additionalProperties: true },
  },
};

function seededInstance(
  fields: Omit<
    ModelInstance,
    "account_id" | "created_by_user_id" | "request_schema" | "response_schema"
  >,
): ModelInstance {
  return {
    ...fields,
    account_id: SEED_ACCOUNT_ID,
    created_by_user_id: SEED_USER_ID,
    ...SCHEMAS_BY_TYPE[fields.model_type],
  };
}

/**
 * Seeded model instances, none yet in a group; the first is the demo instance. Their optional
 * fields come in the three forms SGP sends: set, absent, and `null` (FastAPI's default for an
 * unset `Optional` field), so that code under test meets all three.
 */
export const SEED_INSTANCES: readonly ModelInstance[] = [
  seededInstance({
    id: "mi_01hq2r8f5w3t7y6u1i9o0p2a4s",
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
      modelDetails: { token_context_window: 128000, languages: 50, alignments: 1 },
    },
    model_creation_parameters: { temperature: 0.2, max_tokens: 4096 },
    model_card: "General-purpose multimodal chat model with a 128k token context window.",
    description: "Default chat model for the support assistant.",
    created_at: "2024-09-12T14:03:27Z",
    deployment_count: 2,
    supports_multi_turn: true,
  }),
  seededInstance({
    id: "mi_01hq2rf3k8j5h2g9d6s3a1z4x7",
    name: "claude-3-5-sonnet-20241022",
    display_name: "Claude 3.5 Sonnet (October 2024)",
    model_vendor: "ANTHROPIC",
    model_type: "CHAT_COMPLETION",
    base_model_id: "claude-3-5-sonnet",
    base_model_metadata: {
      ui_model_section_type: "PARTNER",
      model_developer: "Anthropic",
      model_license_url: "https://www.anthropic.com/legal/commercial-terms",
      delivery_date: "2024-10-22",
      modelDetails: {
        number_of_parameters: null,
        token_context_window: 200000,
        languages: 30,
        alignments: 1,
      },
    },
    model_creation_parameters: { temperature: 0, max_tokens: 8192 },
    model_card: null,
    training_data_card: null,
    description: "Fallback chat model for long support threads.",
    model_template_id: null,
    model_group_id: null,
    created_at: "2024-10-24T09:15:02Z",
    deployment_count: 1,
    supports_multi_turn: true,
  }),
  seededInstance({
    id: "mi_01hq2rg7v2c5x8z1b4n7m0l3k6",
    name: "text-embedding-004",
    display_name: "Vertex AI Text Embedding 004",
    model_vendor: "VERTEX_AI",
    model_type: "EMBEDDING",
    base_model_id: "text-embedding-004",
    base_model_metadata: {
      ui_model_section_type: "PARTNER",
      model_developer: "Google",
      delivery_date: "2024-05-14",
      modelDetails: { token_context_window: 2048, languages: 1 },
    },
    model_creation_parameters: { output_dimensionality: 768 },
    description: "Embeds knowledge-base articles for retrieval.",
    created_at: "2024-06-03T16:40:11Z",
    deployment_count: 3,
    supports_multi_turn: false,
  }),
  seededInstance({
    id: "mi_01hq2rh1q4w7e0r3t6y9u2i5o8",
    name: "rerank-english-v3.0",
    display_name: "Cohere Rerank 3 (English)",
    model_vendor: "COHERE",
    model_type: "RERANKING",
    base_model_id: "rerank-english-v3.0",
    base_model_metadata: {
      ui_model_section_type: "PARTNER",
      model_developer: "Cohere",
      model_license_url: "https://cohere.com/terms-of-use",
      delivery_date: "2024-04-11",
      modelDetails: { token_context_window: 4096, languages: 1 },
    },
    description: "Reranks retrieved chunks before generation.",
    created_at: "2024-06-03T16:42:58Z",
    deployment_count: 1,
    supports_multi_turn: false,
  }),
  seededInstance({
    id: "mi_01hq2rj5a8s1d4f7g0h3j6k9l2",
    name: "llama-3-1-8b-instruct",
    display_name: "Llama 3.1 8B Instruct",
    model_vendor: "LLMENGINE",
    model_type: "COMPLETION",
    base_model_id: "llama-3-1-8b-instruct",
    base_model_metadata: {
      ui_model_section_type: "OPENSOURCE",
      model_developer: "Meta",
      model_license_url: "https://llama.meta.com/llama3_1/license/",
      delivery_date: "2024-07-23",
      modelDetails: {
        number_of_parameters: 8000000000,
        token_context_window: 128000,
        languages: 8,
        alignments: 2,
      },
    },
    model_creation_parameters: { num_shards: 1, max_new_tokens: 1024 },
    model_template_id: "mt_01hq2r4d8s6f2g9h3j5k7l1z0x",
    training_data_card: "Public data up to December 2023; fine-tuned on SGP support tickets.",
    created_at: "2024-08-01T11:20:45Z",
    deployment_count: 0,
    supports_multi_turn: false,
  }),
  seededInstance({
    id: "mi_01hq2rk9z2x5c8v1b4n7m0q3w6",
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
    created_at: "2024-11-05T08:00:00Z",
    deployment_count: 1,
    supports_multi_turn: true,
  }),
];
