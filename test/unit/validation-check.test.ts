import { describe, expect, it } from "vitest";
import {
  bodyFor,
  checkBody,
  operationResponses,
  type BodyValidator,
} from "../../src/validation/check.js";
import { isDateTime, ucs2length } from "../../src/validation/runtime.js";
import { labelOf } from "../../src/validation/words.js";
import { loadSpec, type SpecDocument } from "../helpers/spec.js";

const OPERATION = operationResponses.addModelInstanceToModelGroup;

function documented(status: number): BodyValidator {
  const body = bodyFor(OPERATION, status);
  if (!body) throw new Error(`openapi.yaml documents no JSON body for ${status}`);
  return body;
}

function instance(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const spec = loadSpec();
  return {
    ...spec["components"]["examples"]["ModelInstanceChatCompletion"]["value"],
    ...overrides,
  };
}

/** Every example openapi.yaml gives for a response body, with the status it is given for. */
function responseExamples(spec: SpecDocument): [string, number | "default", unknown][] {
  const responses = spec["paths"][OPERATION.path][OPERATION.method]["responses"];
  return Object.entries(responses).flatMap(([status, response]: [string, any]) =>
    Object.entries(response.content?.["application/json"]?.examples ?? {}).map(
      ([name, example]: [string, any]) => {
        const ref = example.$ref as string | undefined;
        const value = ref
          ? spec["components"]["examples"][ref.split("/").pop()!].value
          : example.value;
        const at: number | "default" = status === "default" ? "default" : Number(status);
        return [name, at, value] as [string, number | "default", unknown];
      },
    ),
  );
}

describe("the generated validators", () => {
  it.each(responseExamples(loadSpec()))(
    "accept openapi.yaml's own example %s",
    (_name, status, value) => {
      const body = status === "default" ? documented(599) : documented(status);
      expect(checkBody(body, JSON.stringify(value)).mismatches).toEqual([]);
    },
  );

  it("apply the 422 schema to a 422, and default to any other status", () => {
    expect(documented(422).name).toBe("HTTPValidationError");
    expect(documented(404).name).toBe("ErrorResponse");
    expect(documented(200).name).toBe("ModelInstance");
  });

  it("accept null in the fields openapi.yaml makes nullable", () => {
    const body = instance({ model_vendor: null, description: null, base_model_metadata: null });
    expect(checkBody(documented(200), JSON.stringify(body)).mismatches).toEqual([]);
  });

  it("report a problem inside nested nullable objects once, where it is", () => {
    const metadata = { modelDetails: { languages: "many" } };
    const { mismatches } = checkBody(
      documented(200),
      JSON.stringify(instance({ base_model_metadata: metadata })),
    );
    expect(mismatches.map(({ pointer, message }) => ({ pointer, message }))).toEqual([
      {
        pointer: "/base_model_metadata/modelDetails/languages",
        message: `"many" is not an integer or null`,
      },
    ]);
    expect(labelOf(mismatches[0]!.pointer)).toBe("base_model_metadata.modelDetails.languages");
  });

  it("name both alternatives when a value fits neither", () => {
    const { mismatches } = checkBody(documented(500), JSON.stringify({ detail: 42 }));
    expect(mismatches.map((m) => m.message)).toEqual(["42 is not a string or an array"]);
  });

  it("report a body of the wrong kind at the root", () => {
    const { mismatches } = checkBody(documented(200), "[]");
    expect(mismatches).toMatchObject([
      { pointer: "", message: "an array is not openapi.yaml's ModelInstance (an object)" },
    ]);
  });

  it("report an empty body as a mismatch at the root, not an exception", () => {
    expect(checkBody(documented(200), "").mismatches).toMatchObject([
      { pointer: "", message: "empty, but openapi.yaml documents a ModelInstance as JSON" },
    ]);
  });
});

describe("isDateTime", () => {
  it.each([
    "2024-09-12T14:03:27Z",
    "2024-09-12t14:03:27z",
    "2024-09-12T14:03:27.123456+05:30",
    "2024-02-29T00:00:00-00:00",
    "1998-12-31T23:59:60Z",
    "1998-12-31T15:59:60.123-08:00",
  ])("accepts %s", (value) => {
    expect(isDateTime(value)).toBe(true);
  });

  it.each([
    "2024-09-12T14:03:27",
    "2024-09-12 14:03:27Z",
    "2024-09-12",
    "2023-02-29T00:00:00Z",
    "2024-04-31T00:00:00Z",
    "2024-13-01T00:00:00Z",
    "2024-09-12T24:00:00Z",
    "2024-09-12T14:60:00Z",
    "1998-12-31T23:58:60Z",
    "2024-09-12T14:03:27+24:00",
    "2024-9-12T14:03:27Z",
  ])("rejects %s", (value) => {
    expect(isDateTime(value)).toBe(false);
  });
});

describe("ucs2length", () => {
  it("counts code points, as minLength and maxLength do", () => {
    expect(ucs2length("a😀b")).toBe(3);
  });
});
