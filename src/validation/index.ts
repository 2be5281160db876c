/**
 * `sgp-client/validation`: opt-in checks of response bodies against openapi.yaml, with
 * validators generated from it. A bundle that does not import this subpath does not grow.
 *
 * @example
 * import SGPClient from "sgp-client";
 * import { responseValidation } from "sgp-client/validation";
 *
 * const client = new SGPClient().use(responseValidation({ mode: "error" }));
 * @packageDocumentation
 */
export { responseValidation, type ResponseValidationOptions } from "./response-validation.js";
export type { ResponseMismatch } from "sgp-client";
