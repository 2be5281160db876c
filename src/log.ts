/** Level-filtered logging. The functions are built once per client; a disabled level is a no-op. */
import type { LogLevel, Logger } from "./options.js";

/** Log functions of one client; each is a no-op unless its level is enabled. */
export interface Log {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  /** Whether debug lines are written, to skip building them. */
  isDebug: boolean;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const noop = (): void => {};

/** Builds the log functions for a level and a logger. */
export function createLog(level: LogLevel, logger: Logger): Log {
  const at = (method: Exclude<LogLevel, "off">): ((message: string) => void) =>
    RANK[level] >= RANK[method] ? (message) => logger[method](`[sgp-client] ${message}`) : noop;
  return {
    error: at("error"),
    warn: at("warn"),
    info: at("info"),
    debug: at("debug"),
    isDebug: RANK[level] >= RANK.debug,
  };
}
