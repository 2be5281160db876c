/** The ModelInstance the bench server answers with: the spec's own example, about 1 KB. */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

const TARGET_BYTES = 1024;

/**
 * `components.examples.ModelInstanceChatCompletion.value` from openapi.yaml as JSON, its
 * `description` padded to reach {@link TARGET_BYTES} if it is shorter (it is not shortened).
 */
export async function loadModelInstanceJson(specPath: string): Promise<string> {
  const spec = parse(await readFile(specPath, "utf8")) as {
    components?: { examples?: Record<string, { value?: unknown }> };
  };
  const value = spec.components?.examples?.["ModelInstanceChatCompletion"]?.value;
  if (typeof value !== "object" || value === null) {
    throw new Error(
      `${specPath} has no components.examples.ModelInstanceChatCompletion.value; restore it, or check openapi.yaml with npm run lint:spec.`,
    );
  }
  const instance = { ...(value as Record<string, unknown>) };
  const missingBytes = TARGET_BYTES - Buffer.byteLength(JSON.stringify(instance));
  if (missingBytes > 0) {
    instance["description"] = `${String(instance["description"] ?? "")}${"x".repeat(missingBytes)}`;
  }
  return JSON.stringify(instance);
}
