/**
 * GitHub's REST description as the generate benchmark reads it: without the examples of its
 * responses, some of which do not match their own schemas (`GET /advisories` 200 `default` has a
 * property its schema forbids). `npm run generate` refuses such a spec, naming the example, as it
 * should for openapi.yaml; the benchmark is about how generation grows with the schemas, which
 * the examples do not change (openapi-typescript ignores them; the stand-in then serves nothing
 * from them).
 */
import { HTTP_METHODS } from "../../shared/openapi.js";
import { isRecord } from "../../shared/guards.js";

/** Deletes `example` and `examples` from each media type of `responses`, a responses map. */
function stripExamples(responses: unknown): void {
  if (!isRecord(responses)) return;
  for (const response of Object.values(responses).filter(isRecord)) {
    const content = isRecord(response["content"]) ? Object.values(response["content"]) : [];
    for (const media of content.filter(isRecord)) {
      delete media["example"];
      delete media["examples"];
    }
  }
}

/**
 * A copy of `document` without `example` and `examples` in the media types of its responses,
 * the operations' own and `components.responses`.
 */
export function withoutResponseExamples(
  document: Record<string, unknown>,
): Record<string, unknown> {
  const copy = structuredClone(document);
  const paths = isRecord(copy["paths"]) ? Object.values(copy["paths"]) : [];
  for (const item of paths.filter(isRecord)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isRecord(operation)) stripExamples(operation["responses"]);
    }
  }
  if (isRecord(copy["components"])) stripExamples(copy["components"]["responses"]);
  return copy;
}
