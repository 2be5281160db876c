/**
 * The generate benchmark's subject, in a process of its own: everything `npm run generate`
 * computes (scripts/generate/all.ts), in memory, on the spec file named by the first argument.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateAll } from "../../generate/all.js";
import { VALIDATORS_FILE } from "../../generate/validators.js";
import { measure, print } from "./measure.js";
import { shapeOf } from "./validators-shape.js";

const [specPath, projectRoot] = process.argv.slice(2) as [string, string];
const started = performance.now();
const files = await generateAll(
  await readFile(specPath, "utf8"),
  join(projectRoot, "openapi.yaml"),
);
const measured = await measure(started);
const validators = files.find(({ file }) => file === VALIDATORS_FILE)?.text ?? "";
print({
  ...measured,
  outputs: Object.fromEntries(files.map(({ file, text }) => [file, Buffer.byteLength(text)])),
  validators: shapeOf(validators),
});
