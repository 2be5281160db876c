/**
 * Keeps the API key out of what validation logs and throws, should a server echo the request's
 * `x-api-key` into a body or a header, and escapes the server text a mismatch quotes, with the
 * client's one redactor.
 */
import { createRedactor } from "../internal/redact.js";
import type { Mismatch } from "./mismatches.js";

/** What a mismatch report holds of one response. */
export interface Report {
  response: Response;
  body: unknown;
  mismatches: Mismatch[];
}

/** `report` with the key taken out wherever it occurs, and its messages escaped. */
export function redactReport(report: Report, secret: string | null): Report {
  const redactor = createRedactor(secret ?? "");
  const { response } = report;
  const { status, statusText } = response;
  const headers = redactor.headers(response.headers);
  return {
    response: new Response(null, { status, statusText, headers }),
    body: redactor.value(report.body),
    mismatches: report.mismatches.map((m) => ({ ...m, message: redactor.text(m.message) })),
  };
}
