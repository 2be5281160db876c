/**
 * The generate benchmark's baseline, in a process of its own: openapi-typescript alone, called
 * as scripts/generate/types.ts calls it, on the spec file named by the first argument.
 */
import { readFile } from "node:fs/promises";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { OPENAPI_TS_OPTIONS } from "../../generate/types.js";
import { parseSpec } from "../../generate/spec.js";
import { measure, print } from "./measure.js";

const started = performance.now();
const spec = parseSpec(await readFile(process.argv[2] as string, "utf8"));
const ast = await openapiTS(spec as unknown as OpenAPI3, OPENAPI_TS_OPTIONS);
const text = astToString(ast);
const measured = await measure(started);
print({ ...measured, outputs: { "openapi-typescript output": Buffer.byteLength(text) } });
