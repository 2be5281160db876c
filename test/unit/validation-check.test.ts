import { describe, expect, it } from "vitest";
import {
  bodyFor,
  checkBody,
  COUNTED_MAX_CHARS,
  MAX_LISTED,
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

/** A 422 body whose `count` items each lack the `type` that ValidationError requires. */
function untypedDetail(count: number): string {
  const item = JSON.stringify({ loc: ["body", "name"], msg: "too short" });
  return `{"detail":[${Array.from({ length: count }, () => item).join(",")}]}`;
}

describe("checkBody on a body with many mismatches", () => {
  it("lists the first few of a small body and counts them all", () => {
    const text = untypedDetail(30);
    expect(text.length).toBeLessThanOrEqual(COUNTED_MAX_CHARS);
    const { mismatches, total } = checkBody(documented(422), text);
    expect(total).toBe(30);
    expect(mismatches).toHaveLength(MAX_LISTED);
    expect(mismatches[0]).toMatchObject({
      pointer: "/detail/0/type",
      message: "missing; openapi.yaml's ValidationError requires it",
    });
    expect(mismatches.at(-1)!.pointer).toBe(`/detail/${MAX_LISTED - 1}/type`);
  });

  it("reports the first mismatch of a large body without counting the rest", () => {
    // 200,000 broken items: listing them all took gigabytes and millions of lines.
    const { mismatches, total } = checkBody(documented(422), untypedDetail(200_000));
    expect(total).toBeUndefined();
    expect(mismatches).toMatchObject([
      { pointer: "/detail/0/type", message: "missing; openapi.yaml's ValidationError requires it" },
    ]);
  });

  it("finds a large body's only mismatch wherever it is", () => {
    const detail = JSON.parse(untypedDetail(2_000)) as { detail: Record<string, unknown>[] };
    for (const item of detail.detail) item["type"] = "string_too_short";
    detail.detail[1_999]!["msg"] = 42;
    const text = JSON.stringify(detail);
    expect(text.length).toBeGreaterThan(COUNTED_MAX_CHARS);
    expect(checkBody(documented(422), text)).toMatchObject({
      total: undefined,
      mismatches: [{ pointer: "/detail/1999/msg", message: "42 is not a string" }],
    });
  });

  it("passes a large valid body", () => {
    const detail = JSON.parse(untypedDetail(2_000)) as { detail: Record<string, unknown>[] };
    for (const item of detail.detail) item["type"] = "string_too_short";
    expect(checkBody(documented(422), JSON.stringify(detail))).toMatchObject({
      mismatches: [],
      total: 0,
    });
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
