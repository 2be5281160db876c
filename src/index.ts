/**
 * sgp-client: a typed client for the SGP endpoint that adds a model instance to a model group.
 * @packageDocumentation
 */
import { SGPClient } from "./client.js";

export { SGPClient };
export default SGPClient;
export { APIPromise, type WithRequestID, type WithResponse } from "./core/api-promise.js";
export {
  SGPClientError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ResponseTooLargeError,
  APIResponseValidationError,
  type APIErrorInit,
  type APIResponseValidationErrorInit,
  type ResponseMismatch,
} from "./core/errors.js";
export {
  DEFAULTS,
  type ClientOptions,
  type RequestOptions,
  type Fetch,
  type HeaderValue,
  type LogFields,
  type LogLevel,
  type Logger,
} from "./core/options.js";
export type {
  ErrorBody,
  FetchResult,
  HttpMethod,
  PathsWith,
  SuccessBody,
  TypedMethod,
} from "./core/typed-methods.js";
export type { Middleware } from "openapi-fetch";
export { ModelGroups, Models } from "./resources/model-groups.js";
export { VERSION } from "./version.js";
export type {
  paths,
  components,
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
} from "./types.js";
