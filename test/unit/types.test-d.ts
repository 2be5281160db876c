import { describe, expectTypeOf, it } from "vitest";
import type {
  BaseModelMetadata,
  HTTPValidationError,
  ModelDetails,
  ModelInstance,
  ModelType,
  ModelVendor,
  UiModelSectionType,
  components,
  operations,
  paths,
} from "../../src/index.js";

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;
type JsonObject = { [key: string]: unknown };

describe("ModelInstance", () => {
  it("requires exactly the fields the API always sends", () => {
    expectTypeOf<RequiredKeys<ModelInstance>>().toEqualTypeOf<
      | "id"
      | "account_id"
      | "created_at"
      | "created_by_user_id"
      | "deployment_count"
      | "model_type"
      | "name"
      | "request_schema"
      | "response_schema"
      | "supports_multi_turn"
    >();
  });

  it("has exactly the optional fields the API may omit", () => {
    expectTypeOf<OptionalKeys<ModelInstance>>().toEqualTypeOf<
      | "display_name"
      | "base_model_id"
      | "description"
      | "model_card"
      | "training_data_card"
      | "model_template_id"
      | "model_group_id"
      | "model_creation_parameters"
      | "model_vendor"
      | "base_model_metadata"
    >();
  });

  it("types every field as the API sends it", () => {
    expectTypeOf<Required<ModelInstance>>().toEqualTypeOf<{
      id: string;
      account_id: string;
      created_at: string;
      created_by_user_id: string;
      deployment_count: number;
      model_type: ModelType;
      name: string;
      request_schema: JsonObject;
      response_schema: JsonObject;
      supports_multi_turn: boolean;
      display_name: string | null;
      base_model_id: string | null;
      description: string | null;
      model_card: string | null;
      training_data_card: string | null;
      model_template_id: string | null;
      model_group_id: string | null;
      model_creation_parameters: JsonObject | null;
      model_vendor: ModelVendor | null;
      base_model_metadata: BaseModelMetadata | null;
    }>();
  });

  it("keeps created_at a string (an ISO date-time), not a Date", () => {
    expectTypeOf<ModelInstance["created_at"]>().toEqualTypeOf<string>();
    expectTypeOf<ModelInstance["created_at"]>().not.toEqualTypeOf<Date>();
  });

  it("rejects a literal missing a required field or with an unknown model_type", () => {
    const base = {
      id: "mi_1",
      account_id: "acct_1",
      created_at: "2024-09-12T14:03:27Z",
      created_by_user_id: "user_1",
      deployment_count: 0,
      model_type: "COMPLETION",
      name: "n",
      request_schema: {},
      response_schema: {},
      supports_multi_turn: false,
    } satisfies ModelInstance;
    expectTypeOf(base).toExtend<ModelInstance>();
    // @ts-expect-error -- `id` is required
    const noId: ModelInstance = { ...base, id: undefined };
    // @ts-expect-error -- not a ModelType
    const badType: ModelInstance = { ...base, model_type: "IMAGE" };
    // @ts-expect-error -- exactOptionalPropertyTypes: an optional field is absent, never undefined
    const undefinedVendor: ModelInstance = { ...base, model_vendor: undefined };
    void [noId, badType, undefinedVendor];
  });
});

describe("enums", () => {
  it("ModelType is exactly the six model types", () => {
    expectTypeOf<ModelType>().toEqualTypeOf<
      "COMPLETION" | "CHAT_COMPLETION" | "AGENT" | "EMBEDDING" | "RERANKING" | "GENERIC"
    >();
  });

  it("ModelVendor is exactly the nine vendors, VERTEX_AI included", () => {
    expectTypeOf<ModelVendor>().toEqualTypeOf<
      | "OPENAI"
      | "COHERE"
      | "GOOGLE"
      | "VERTEX_AI"
      | "ANTHROPIC"
      | "LAUNCH"
      | "LLMENGINE"
      | "BEDROCK"
      | "OTHER"
    >();
  });

  it("UiModelSectionType is exactly PARTNER, OPENSOURCE, CUSTOM", () => {
    expectTypeOf<UiModelSectionType>().toEqualTypeOf<"PARTNER" | "OPENSOURCE" | "CUSTOM">();
  });
});

describe("BaseModelMetadata", () => {
  it("has only optional fields, with the camelCase modelDetails key", () => {
    expectTypeOf<RequiredKeys<BaseModelMetadata>>().toEqualTypeOf<never>();
    expectTypeOf<Required<BaseModelMetadata>>().toEqualTypeOf<{
      ui_model_section_type: UiModelSectionType | null;
      model_developer: string | null;
      model_license_url: string | null;
      delivery_date: string | null;
      modelDetails: ModelDetails | null;
    }>();
    expectTypeOf<BaseModelMetadata>().not.toHaveProperty("model_details");
  });

  it("ModelDetails has four optional integers, each may be null", () => {
    expectTypeOf<Required<ModelDetails>>().toEqualTypeOf<{
      number_of_parameters: number | null;
      token_context_window: number | null;
      languages: number | null;
      alignments: number | null;
    }>();
    expectTypeOf<RequiredKeys<ModelDetails>>().toEqualTypeOf<never>();
  });
});

describe("HTTPValidationError", () => {
  it("lists FastAPI validation errors with string or integer locations", () => {
    type Detail = NonNullable<HTTPValidationError["detail"]>[number];
    expectTypeOf<Detail>().toEqualTypeOf<{
      loc: (string | number)[];
      msg: string;
      type: string;
      input?: unknown;
      ctx?: { [key: string]: unknown };
    }>();
  });
});

describe("paths, operations and components", () => {
  type Post = paths["/v4/model-groups/{model_group_id}/models/{model_instance_id}"]["post"];

  it("types the operation's path parameters as required strings and the account header as optional", () => {
    expectTypeOf<Post["parameters"]["path"]>().toEqualTypeOf<{
      model_group_id: string;
      model_instance_id: string;
    }>();
    expectTypeOf<NonNullable<Post["parameters"]["header"]>>().toEqualTypeOf<{
      "x-selected-account-id"?: string;
    }>();
    expectTypeOf<Post["requestBody"]>().toEqualTypeOf<undefined>();
  });

  it("maps 200 to ModelInstance, 422 to HTTPValidationError and default to a permissive body", () => {
    type Responses = operations["addModelInstanceToModelGroup"]["responses"];
    expectTypeOf<Responses[200]["content"]["application/json"]>().toEqualTypeOf<ModelInstance>();
    expectTypeOf<
      Responses[422]["content"]["application/json"]
    >().toEqualTypeOf<HTTPValidationError>();
    expectTypeOf<Responses["default"]["content"]["application/json"]>().toEqualTypeOf<{
      detail?: string | unknown[];
    }>();
    expectTypeOf<components["schemas"]["ModelInstance"]>().toEqualTypeOf<ModelInstance>();
  });
});
