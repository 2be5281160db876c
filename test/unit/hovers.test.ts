import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const PROJECT = fileURLToPath(new URL("../../tsconfig.json", import.meta.url));
const SAMPLE = fileURLToPath(new URL("./hover-sample.ts", import.meta.url));

/** A user's file, as they would write it; never written to disk. */
const SAMPLE_TEXT = `
import SGPClient, { type ModelInstance, type ModelVendor } from "../../src/index.js";
const client = new SGPClient();
export const call = client.modelGroups.models.create("g", "m");
export const instance = await call;
export const type = instance.model_type;
export const vendor = instance.model_vendor;
export const metadata = instance.base_model_metadata;
export const details = metadata?.modelDetails;
export let declared: ModelInstance | undefined;
export let vendorName: ModelVendor | undefined;
export const posted = await client.POST(
  "/v4/model-groups/{model_group_id}/models/{model_instance_id}",
  { params: { path: { model_group_id: "g", model_instance_id: "m" } } },
);
export const postedData = posted.data;
export const postedError = posted.error;
`;

/** The checker over the sample, as an editor's language service has it. */
function sampleProgram(): { program: ts.Program; checker: ts.TypeChecker } {
  const { config } = ts.readConfigFile(PROJECT, (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(
    config,
    ts.sys,
    fileURLToPath(new URL("../..", import.meta.url)),
  );
  // The client needs no Node types; leaving them out halves the time this takes.
  Object.assign(options, { types: [], noEmit: true });
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (path) => path === SAMPLE || fileExists(path);
  host.getSourceFile = (path, language, ...rest) =>
    path === SAMPLE
      ? ts.createSourceFile(path, SAMPLE_TEXT, language)
      : getSourceFile(path, language, ...rest);
  const program = ts.createProgram([SAMPLE], options, host);
  return { program, checker: program.getTypeChecker() };
}

/** What an editor shows on hover: the checker's printed type of each exported name. */
function printedTypes({
  program,
  checker,
}: ReturnType<typeof sampleProgram>): Record<string, string> {
  const source = program.getSourceFile(SAMPLE);
  const symbols = source && checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  return Object.fromEntries(
    (symbols ?? []).map((symbol) => [
      symbol.name,
      checker.typeToString(checker.getTypeOfSymbol(symbol)),
    ]),
  );
}

/** The documentation an editor shows for `new SGPClient(`: the constructor's signature's. */
function constructorDocs({ program, checker }: ReturnType<typeof sampleProgram>): string {
  const source = program.getSourceFile(SAMPLE)!;
  let docs = "";
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node)) {
      const signature = checker.getResolvedSignature(node);
      docs = ts.displayPartsToString(signature?.getDocumentationComment(checker));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return docs;
}

describe("hovers", { timeout: 60_000 }, () => {
  const sample = sampleProgram();

  it("show the names of the API's types, not expanded object literals", () => {
    expect(printedTypes(sample)).toMatchObject({
      call: "APIPromise<ModelInstance>",
      instance: "ModelInstance & { _request_id?: string | null; }",
      type: "ModelType",
      vendor: "ModelVendor | null | undefined",
      metadata: "BaseModelMetadata | null | undefined",
      details: "ModelDetails | null | undefined",
      declared: "ModelInstance | undefined",
      vendorName: "ModelVendor | undefined",
      posted:
        "FetchResult<AddModelInstanceToModelGroupOperation, { params: { path: { model_group_id: string; model_instance_id: string; }; }; }>",
      postedData: "ModelInstance | undefined",
      postedError: "HTTPValidationError | ErrorResponse | undefined",
    });
  });

  it("show the class documentation on new SGPClient(", () => {
    expect(constructorDocs(sample)).toMatch(/^A client for the SGP API\. Every option is optional/);
  });
});
