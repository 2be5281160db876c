/** Level-filtered logging. The functions are built once per client; a disabled level is a no-op. */
import type { LogFields, LogLevel, Logger } from "../core/options.js";

/**
 * Log functions of one client; each is a no-op unless its level is enabled. The client warns
 * about its configuration, logs each retry at info, and each request and response at debug.
 * Callers test `isInfo` / `isDebug` before building a line, so a disabled level formats nothing.
 */
export interface Log {
  warn(message: string): void;
  info(message: string, fields: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  isInfo: boolean;
  isDebug: boolean;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const noop = (): void => {};

/** Builds the log functions for a level and a logger. */
export function createLog(level: LogLevel, logger: Logger): Log {
  const isOn = (method: "warn" | "info" | "debug"): boolean => RANK[level] >= RANK[method];
  const at = (
    method: "warn" | "info" | "debug",
  ): ((message: string, fields?: LogFields) => void) =>
    isOn(method)
      ? (message, fields) =>
          fields === undefined
            ? logger[method](`[sgp-client] ${message}`)
            : logger[method](`[sgp-client] ${message}`, fields)
      : noop;
  return {
    warn: at("warn"),
    info: at("info"),
    debug: at("debug"),
    isInfo: isOn("info"),
    isDebug: isOn("debug"),
  };
}
