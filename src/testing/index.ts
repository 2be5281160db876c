/**
 * `sgp-client/testing`: an embedded, faultable stand-in SGP server for your tests.
 *
 * @example
 * import { createTestServer } from "sgp-client/testing";
 */
export { createTestServer, TEST_API_KEY } from "./server.js";
export type {
  DelayFault,
  Fault,
  ModelGroup,
  ModelGroupInput,
  PathParams,
  RecordedRequest,
  ResetFault,
  SeededIds,
  StallBodyFault,
  StatusFault,
  TestServer,
  TestServerOptions,
} from "./types.js";
