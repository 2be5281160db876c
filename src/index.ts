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
