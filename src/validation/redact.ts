/**
 * Keeps the API key out of what validation logs and throws, should a server echo the request's
 * `x-api-key` into a body or a header, with the client's one redactor.
 */
import { redact } from "../internal/redact.js";
import type { Mismatch } from "./mismatches.js";

/** What a mismatch report holds of one response. */
export interface Report {
  response: Response;
  body: unknown;
  mismatches: Mismatch[];
}

/** `report` with `secret` replaced wherever it occurs; as it is when there is no secret. */
export function redactReport(report: Report, secret: string | null): Report {
  if (!secret) return report;
  const { response } = report;
  const { status, statusText } = response;
  return {
    response: new Response(null, { status, statusText, headers: redact(response.headers, secret) }),
    body: redact(report.body, secret),
    mismatches: report.mismatches.map((m) => ({ ...m, message: redact(m.message, secret) })),
  };
}
