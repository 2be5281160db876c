/**
 * The one redactor: takes the API key out of everything from outside (a server's answer, a
 * runtime's error) before it reaches an error, a log line or a terminal. Built once per client;
 * used only on error and log paths, never on a successful call's.
 */
import { escapeControl } from "./escape.js";

const REDACTED = "[redacted]";
// Below this length a key is ambiguous: "k" would turn `x-api-key` into `x-api-[redacted]ey`.
const MIN_SECRET_LENGTH = 8;
// Headers whose values are secrets whatever they hold (openai-node redacts the same set).
const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "x-api-key",
  "api-key",
  "cookie",
  "set-cookie",
  "x-amz-security-token",
  "x-auth-token",
  "x-session-token",
]);

/** Takes one API key out of what comes from outside. */
export interface Redactor {
  /** Server or runtime text bound for a message or a log line: key out, control characters escaped. */
  text(text: string): string;
  /** A parsed body, value by value (and key by key), in place: its structure is kept. */
  value<T>(value: T): T;
  /** A copy of `headers` with the key taken out of each value. */
  headers(headers: Headers): Headers;
  /** Headers for a log line: secret headers by name, whatever they hold, and the key elsewhere. */
  headersForLog(headers: Headers): Record<string, string>;
  /** An error with the key out of its message, stack and causes (a copy, when it held it). */
  error<E>(error: E): E;
}

function base64(text: string): string | undefined {
  try {
    return btoa(text);
  } catch {
    return undefined; // not Latin-1; a header value cannot hold it either
  }
}

/** The forms a key travels in: as sent, URL-encoded and base64 (with and without padding). */
function formsOf(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const encoded = base64(secret);
  const forms = [secret, encodeURIComponent(secret), encoded, encoded?.replace(/=+$/, "")];
  return [...new Set(forms.filter((form): form is string => !!form))];
}

/** Builds the redactor for one API key. A key shorter than 8 characters is never replaced. */
export function createRedactor(secret: string): Redactor {
  const forms = formsOf(secret);
  const strip = (text: string): string =>
    forms.reduce((out, form) => out.replaceAll(form, REDACTED), text);
  const holds = (text: string): boolean => forms.some((form) => text.includes(form));

  // Iterative, so that a deeply nested body cannot overflow the stack.
  const value = <T>(root: T): T => {
    if (typeof root === "string") return strip(root) as T;
    if (!forms.length || root === null || typeof root !== "object") return root;
    const pending: Record<string, unknown>[] = [root as Record<string, unknown>];
    for (let node = pending.pop(); node; node = pending.pop()) {
      for (const key of Object.keys(node)) {
        const item = node[key];
        const safeKey = strip(key);
        const safeItem = typeof item === "string" ? strip(item) : item;
        if (safeKey !== key) delete node[key];
        // defineProperty: a key such as `__proto__` stays an own property.
        if (safeKey !== key || safeItem !== item) {
          Object.defineProperty(node, safeKey, {
            value: safeItem,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        if (item !== null && typeof item === "object")
          pending.push(item as Record<string, unknown>);
      }
    }
    return root;
  };

  const headers = (source: Headers): Headers => {
    const copy = new Headers();
    source.forEach((headerValue, name) => copy.append(name, strip(headerValue)));
    return copy;
  };

  // A cause chain is followed a few levels deep: a cyclic one must not loop.
  const error = <E>(source: E, depth = 0): E => {
    if (!(source instanceof Error) || depth > 8) return source;
    const cause = error(source.cause, depth + 1);
    if (!holds(`${source.message}${source.stack}`) && cause === source.cause) return source;
    const copy = new Error(strip(source.message), { cause });
    copy.name = source.name;
    copy.stack = strip(String(source.stack));
    return copy as E;
  };

  return {
    text: (text) => escapeControl(strip(text)),
    value,
    headers,
    headersForLog: (source) => {
      const out: Record<string, string> = {};
      source.forEach((headerValue, name) => {
        out[name] = SECRET_HEADERS.has(name) ? REDACTED : escapeControl(strip(headerValue));
      });
      return out;
    },
    error: (source) => error(source),
  };
}
