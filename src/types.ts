/**
 * The API's types, generated from openapi.yaml. Import them from `sgp-client`:
 *
 * @example
 * import type { ModelInstance } from "sgp-client";
 */
export type {
  /** Every path of the API, keyed by its template; what openapi-fetch's typed calls use. */
  paths,
  /** Every named schema, parameter and response of the API. */
  components,
  /** Every operation of the API, keyed by its operationId. */
  operations,
  ModelInstance,
  ModelType,
  ModelVendor,
  UiModelSectionType,
  BaseModelMetadata,
  ModelDetails,
  HTTPValidationError,
  ValidationError,
  ErrorResponse,
} from "../generated/schema.js";
