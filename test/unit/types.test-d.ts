/**
 * The generated types, as a caller meets them. Which fields exist, which are required and
 * which enum values there are is openapi.yaml's to say, and test/scripts/types-follow-spec.test.ts
 * checks it against the spec; here are the rules every generated type keeps, and the few facts
 * about particular fields. A new optional field changes nothing here; a failure names the field.
 */
import { describe, expectTypeOf, it } from "vitest";
import type {
  BaseModelMetadata,
  ErrorResponse,
  HTTPValidationError,
  ModelDetails,
  ModelInstance,
  ModelType,
  ModelVendor,
  UiModelSectionType,
  ValidationError,
  components,
  operations,
  paths,
} from "../../src/index.js";
import {
  expectNone,
  type ExplicitlyUndefined,
  type FieldsThatDiffer,
  type InModels,
  type RequiredKeys,
} from "../helpers/type-checks.js";

type JsonObject = { [key: string]: unknown };
/** The objects of the API: SGP's pydantic models, whose optional fields may be null. */
type Models = {
  ModelInstance: ModelInstance;
  BaseModelMetadata: BaseModelMetadata;
  ModelDetails: ModelDetails;
};
/** `"[key: string]"` when `T` has an index signature, which would let a misspelt field pass. */
type IndexSignature<T> = string extends keyof T ? "[key: string]" : never;

declare const modelType: ModelType;
/** A ModelInstance with only its required fields; the model type is whichever the spec has. */
const base = {
  id: "mi_1",
  account_id: "acct_1",
  created_at: "2024-09-12T14:03:27Z",
  created_by_user_id: "user_1",
  deployment_count: 0,
  model_type: modelType,
  name: "n",
  request_schema: {},
  response_schema: {},
  supports_multi_turn: false,
} satisfies ModelInstance;

describe("every model (nullability: nullable.test-d.ts)", () => {
  it("takes an optional field absent or set, never as undefined", () => {
    expectNone<InModels<{ [M in keyof Models]: ExplicitlyUndefined<Models[M]> }>>();
  });

  it("has no index signature, so that a misspelt field is a compile error", () => {
    expectNone<InModels<{ [M in keyof Models]: IndexSignature<Models[M]> }>>();
  });
});

describe("ModelInstance", () => {
  it("keeps created_at a string (an ISO date-time), not a Date", () => {
    expectTypeOf<ModelInstance["created_at"]>().toEqualTypeOf<string>();
    expectTypeOf<ModelInstance["created_at"]>().not.toEqualTypeOf<Date>();
  });

  it("types its JSON-object fields as open objects, and its enums and objects by name", () => {
    expectNone<
      FieldsThatDiffer<
        ModelInstance,
        {
          request_schema: JsonObject;
          response_schema: JsonObject;
          model_creation_parameters: JsonObject | null;
          model_type: ModelType;
          model_vendor: ModelVendor | null;
          base_model_metadata: BaseModelMetadata | null;
        }
      >
    >();
  });

  it("rejects a literal missing a required field, with an unknown model_type, or an undefined field", () => {
    expectTypeOf(base).toExtend<ModelInstance>();
    // @ts-expect-error -- `id` is required
    const noId: ModelInstance = { ...base, id: undefined };
    // @ts-expect-error -- not a ModelType
    const badType: ModelInstance = { ...base, model_type: "NOT_A_MODEL_TYPE" };
    // @ts-expect-error -- exactOptionalPropertyTypes: an optional field is absent, never undefined
    const undefinedVendor: ModelInstance = { ...base, model_vendor: undefined };
    // @ts-expect-error -- a misspelt field
    const misspelt: ModelInstance = { ...base, modelType: modelType };
    void [noId, badType, undefinedVendor, misspelt];
  });
});

describe("enums", () => {
  it("are unions of string literals, not string", () => {
    type Enums = {
      ModelType: ModelType;
      ModelVendor: ModelVendor;
      UiModelSectionType: UiModelSectionType;
    };
    expectNone<{ [E in keyof Enums]: string extends Enums[E] ? E : never }[keyof Enums]>();
  });

  it("ModelVendor has VERTEX_AI, which older API documents lack", () => {
    expectTypeOf<"VERTEX_AI">().toExtend<ModelVendor>();
  });
});

describe("BaseModelMetadata", () => {
  it("has only optional fields, with the camelCase modelDetails key", () => {
    expectNone<RequiredKeys<BaseModelMetadata>>();
    expectNone<
      FieldsThatDiffer<
        BaseModelMetadata,
        { ui_model_section_type: UiModelSectionType | null; modelDetails: ModelDetails | null }
      >
    >();
    expectTypeOf<BaseModelMetadata>().not.toHaveProperty("model_details");
  });
});

describe("HTTPValidationError", () => {
  it("lists FastAPI validation errors with string or integer locations", () => {
    type Detail = NonNullable<HTTPValidationError["detail"]>[number];
    expectTypeOf<Detail>().toEqualTypeOf<ValidationError>();
    expectTypeOf<RequiredKeys<ValidationError>>().toEqualTypeOf<"loc" | "msg" | "type">();
    expectNone<
      FieldsThatDiffer<
        ValidationError,
        { loc: (string | number)[]; msg: string; type: string; input: unknown; ctx: JsonObject }
      >
    >();
  });
});

describe("paths, operations and components", () => {
  type Post = paths["/v4/model-groups/{model_group_id}/models/{model_instance_id}"]["post"];

  it("types the operation's path parameters as required strings and the account header as optional", () => {
    expectTypeOf<Post["parameters"]["path"]>().toEqualTypeOf<{
      model_group_id: string;
      model_instance_id: string;
    }>();
    type Header = NonNullable<Post["parameters"]["header"]>;
    expectNone<RequiredKeys<Header>>();
    expectNone<FieldsThatDiffer<Header, { "x-selected-account-id": string }>>();
    expectTypeOf<Post["requestBody"]>().toEqualTypeOf<undefined>();
  });

  it("maps 200 to ModelInstance, 422 to HTTPValidationError and default to ErrorResponse", () => {
    type Responses = operations["addModelInstanceToModelGroup"]["responses"];
    expectTypeOf<Responses[200]["content"]["application/json"]>().toEqualTypeOf<ModelInstance>();
    expectTypeOf<
      Responses[422]["content"]["application/json"]
    >().toEqualTypeOf<HTTPValidationError>();
    expectTypeOf<
      Responses["default"]["content"]["application/json"]
    >().toEqualTypeOf<ErrorResponse>();
    expectTypeOf<ErrorResponse["detail"]>().toEqualTypeOf<string | unknown[] | undefined>();
    expectTypeOf<components["schemas"]["ModelInstance"]>().toEqualTypeOf<ModelInstance>();
  });
});
