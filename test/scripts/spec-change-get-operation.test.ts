/**
 * The proof that adding an operation costs an edit of openapi.yaml (the operation and its
 * examples), a regenerated generated/, and one resource method, and that the stand-in serves it
 * with no edit: CONTRIBUTING.md's third change, on a copy of the project.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  copyForSpecChange,
  describeRun,
  PATH_CHANGE_TESTS,
  SCHEMA_CHANGE_TESTS,
  type SpecChange,
} from "../helpers/spec-change.js";

const ROUTE = "/v4/model-groups/{model_group_id}/models/{model_instance_id}";

/** The GET, on the add-model route's path, before its POST; as CONTRIBUTING.md shows it. */
const OPERATION = `    get:
      operationId: getModelInstanceOfModelGroup
      tags:
        - Model Groups
      summary: Get a model instance of a model group
      description: Returns the model instance \`model_instance_id\` of the model group \`model_group_id\`.
      security:
        - ApiKeyAuth: []
      parameters:
        - $ref: "#/components/parameters/ModelGroupId"
        - $ref: "#/components/parameters/ModelInstanceId"
        - $ref: "#/components/parameters/SelectedAccountId"
      responses:
        "200":
          description: Successful Response
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ModelInstance"
              examples:
                chatCompletion:
                  $ref: "#/components/examples/ModelInstanceChatCompletion"
        "422":
          description: Validation Error
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/HTTPValidationError"
              examples:
                emptyAccountHeader:
                  $ref: "#/components/examples/ValidationErrorEmptyAccountHeader"
        default:
          description: Any other error, as for the POST.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ErrorResponse"
              examples:
                notFound:
                  summary: Unknown model instance
                  value:
                    detail: Model instance mi_0000000000000000000000 not found
`;

/** The resource method: one call over the resource context, next to `create`. */
const METHOD = `
  /**
   * Returns a model instance of a model group.
   *
   * @param modelGroupId The model group's id; any non-empty string but \`.\` and \`..\`.
   * @param modelInstanceId The model instance's id; any non-empty string but \`.\` and \`..\`.
   * @throws {SGPClientError} an id or option is invalid (before anything is sent).
   * @throws {APIError} the API answered with an error status (a subclass per status).
   */
  retrieve(
    modelGroupId: string,
    modelInstanceId: string,
    options?: RequestOptions,
  ): APIPromise<ModelInstance> {
    const path = { model_group_id: modelGroupId, model_instance_id: modelInstanceId };
    return this.#client.get(PATH, { params: { path } }, options);
  }
`;

/** The new method's own test, as its author adds it: against the stand-in, which needs no edit. */
const METHOD_TEST = `import { expect, it } from "vitest";
import SGPClient from "../../src/index.js";
import { createTestServer } from "../../src/testing/index.js";
import { loadSpec } from "../helpers/spec.js";

it("retrieve() gets the GET's example from the stand-in, which says so", async () => {
  await using server = await createTestServer();
  const client = new SGPClient({ apiKey: server.apiKey, baseURL: server.url, maxRetries: 0 });
  const { data, response } = await client.modelGroups.models
    .retrieve("mg_1", "mi_1")
    .withResponse();
  const spec = loadSpec();
  expect(data).toEqual(spec.components.examples.ModelInstanceChatCompletion.value);
  expect(response.headers.get("x-sgp-stand-in")).toBe("example chatCompletion");
  expect(server.requests[0]).toMatchObject({
    method: "GET",
    operationId: "getModelInstanceOfModelGroup",
    pathParams: { model_group_id: "mg_1", model_instance_id: "mi_1" },
  });
});
`;

describe("adding a GET operation", { timeout: 300_000 }, () => {
  let change: SpecChange;
  beforeAll(async () => {
    change = await copyForSpecChange();
  });
  afterAll(async () => {
    await change?.copy.remove();
  });

  it("needs openapi.yaml, generated/ and one resource method; the stand-in serves it", async () => {
    await change.edit("openapi.yaml", (spec) =>
      spec.replace(`  ${ROUTE}:\n    post:\n`, `  ${ROUTE}:\n${OPERATION}    post:\n`),
    );
    // After `create`, the last method of `Models`.
    const endOfModels = "\n}\n\n/** `client.modelGroups`. */";
    await change.edit("src/resources/model-groups.ts", (code) =>
      code.replace(endOfModels, `\n${METHOD}${endOfModels.slice(1)}`),
    );
    await change.write("test/wire/retrieve.test.ts", METHOD_TEST);

    const generated = await change.generate();
    expect(generated.code, describeRun(generated)).toBe(0);
    expect(await change.read("generated/stand-in.ts")).toContain(
      'operationId: "getModelInstanceOfModelGroup"',
    );

    // Two processes that only read the copy: both at once.
    const files = [...SCHEMA_CHANGE_TESTS, ...PATH_CHANGE_TESTS, "test/wire/retrieve.test.ts"];
    const [typecheck, tests] = await Promise.all([
      change.typecheck(["test/wire/retrieve.test.ts"]),
      change.test(files),
    ]);
    expect(typecheck.code, describeRun(typecheck)).toBe(0);
    expect(tests.code, describeRun(tests)).toBe(0);
    expect(tests.stdout).toMatch(new RegExp(`Test Files\\s+${files.length} passed`));
  });
});
