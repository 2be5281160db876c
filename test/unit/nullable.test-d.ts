/**
 * Optional fields may be null, as SGP (FastAPI, `Optional[X] = None`) sends them; required ones
 * never are. Checked for every field the generated types have, so a new field is checked too,
 * and a failure names it: `Expected: never, Actual: "ModelInstance.last_deployed_at"`.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { BaseModelMetadata, ModelDetails, ModelInstance, ModelType } from "../../src/types.js";
import {
  expectNone,
  type InModels,
  type OptionalKeys,
  type OptionalNotNullable,
  type RequiredButNullable,
  type RequiredKeys,
} from "../helpers/type-checks.js";

/** SGP's pydantic models, whose optional fields may be null. */
type Models = {
  ModelInstance: ModelInstance;
  BaseModelMetadata: BaseModelMetadata;
  ModelDetails: ModelDetails;
};

/** The optional keys of `T` that do not read as `X | null | undefined`. */
type NotReadAsNullish<T> = {
  [K in OptionalKeys<T>]-?: null extends T[K] ? (undefined extends T[K] ? never : K) : K;
}[OptionalKeys<T>];

declare const modelType: ModelType;
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

describe("ModelInstance, BaseModelMetadata and ModelDetails", () => {
  it("let every optional field be null, and no required one", () => {
    expectNone<InModels<{ [M in keyof Models]: OptionalNotNullable<Models[M]> }>>();
    expectNone<InModels<{ [M in keyof Models]: RequiredButNullable<Models[M]> }>>();
  });

  it("read each optional field as X | null | undefined", () => {
    expectNone<InModels<{ [M in keyof Models]: NotReadAsNullish<Models[M]> }>>();
  });
});

describe("ModelInstance", () => {
  it("has required fields, and optional ones", () => {
    expectTypeOf<RequiredKeys<ModelInstance>>().not.toEqualTypeOf<never>();
    expectTypeOf<OptionalKeys<ModelInstance>>().not.toEqualTypeOf<never>();
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

describe("BaseModelMetadata and ModelDetails", () => {
  it("have only optional fields", () => {
    expectNone<RequiredKeys<BaseModelMetadata>>();
    expectNone<RequiredKeys<ModelDetails>>();
  });
});
