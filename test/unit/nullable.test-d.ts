import { describe, expectTypeOf, it } from "vitest";
import type {
  BaseModelMetadata,
  ModelDetails,
  ModelInstance,
  ModelType,
  ModelVendor,
  UiModelSectionType,
} from "../../src/types.js";

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;
/** The optional keys of `T` whose type does not admit `null`; `never` when every one does. */
type OptionalNotNullable<T> = {
  [K in OptionalKeys<T>]-?: null extends T[K] ? never : K;
}[OptionalKeys<T>];
/** The required keys of `T` whose type admits `null`; `never` when none does. */
type RequiredButNullable<T> = {
  [K in RequiredKeys<T>]-?: null extends T[K] ? K : never;
}[RequiredKeys<T>];
type JsonObject = { [key: string]: unknown };

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

describe("ModelInstance", () => {
  it("lets every optional field be null, and no required one", () => {
    expectTypeOf<OptionalNotNullable<ModelInstance>>().toEqualTypeOf<never>();
    expectTypeOf<RequiredButNullable<ModelInstance>>().toEqualTypeOf<never>();
  });

  it("reads each optional field as X | null | undefined", () => {
    expectTypeOf<ModelInstance["display_name"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ModelInstance["base_model_id"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ModelInstance["description"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ModelInstance["model_card"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ModelInstance["training_data_card"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ModelInstance["model_template_id"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ModelInstance["model_group_id"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ModelInstance["model_creation_parameters"]>().toEqualTypeOf<
      JsonObject | null | undefined
    >();
    expectTypeOf<ModelInstance["model_vendor"]>().toEqualTypeOf<ModelVendor | null | undefined>();
    expectTypeOf<ModelInstance["base_model_metadata"]>().toEqualTypeOf<
      BaseModelMetadata | null | undefined
    >();
  });

  it("reads each required field without null or undefined", () => {
    expectTypeOf<ModelInstance["id"]>().toEqualTypeOf<string>();
    expectTypeOf<ModelInstance["name"]>().toEqualTypeOf<string>();
    expectTypeOf<ModelInstance["model_type"]>().toEqualTypeOf<ModelType>();
    expectTypeOf<ModelInstance["created_at"]>().toEqualTypeOf<string>();
    expectTypeOf<ModelInstance["deployment_count"]>().toEqualTypeOf<number>();
    expectTypeOf<ModelInstance["supports_multi_turn"]>().toEqualTypeOf<boolean>();
    expectTypeOf<ModelInstance["request_schema"]>().toEqualTypeOf<JsonObject>();
  });

  it("accepts null where the API may send it, and rejects it elsewhere", () => {
    const withNulls = {
      ...base,
      display_name: null,
      model_vendor: null,
      base_model_metadata: { modelDetails: null, delivery_date: null },
      model_creation_parameters: null,
    } satisfies ModelInstance;
    expectTypeOf(withNulls).toExtend<ModelInstance>();
    // @ts-expect-error -- a required field is never null
    const nullName: ModelInstance = { ...base, name: null };
    // @ts-expect-error -- a required field is never null
    const nullType: ModelInstance = { ...base, model_type: null };
    void [nullName, nullType];
  });
});

describe("BaseModelMetadata", () => {
  it("lets every field be null, modelDetails included", () => {
    expectTypeOf<RequiredKeys<BaseModelMetadata>>().toEqualTypeOf<never>();
    expectTypeOf<OptionalNotNullable<BaseModelMetadata>>().toEqualTypeOf<never>();
    expectTypeOf<Required<BaseModelMetadata>>().toEqualTypeOf<{
      ui_model_section_type: UiModelSectionType | null;
      model_developer: string | null;
      model_license_url: string | null;
      delivery_date: string | null;
      modelDetails: ModelDetails | null;
    }>();
  });
});

describe("ModelDetails", () => {
  it("has four optional integers, each of which may be null", () => {
    expectTypeOf<ModelDetails>().toEqualTypeOf<{
      number_of_parameters?: number | null;
      token_context_window?: number | null;
      languages?: number | null;
      alignments?: number | null;
    }>();
  });
});
