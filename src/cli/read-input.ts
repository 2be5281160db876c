/**
 * Reading a body the user hands the CLI (a file, or standard input) as text: bounded in size,
 * strict about UTF-8, and abandoned at once on Ctrl-C, so that `/dev/zero`, a binary file or a
 * terminal nobody types into ends in one line instead of a stack trace or a hang.
 */
import { createReadStream } from "node:fs";
import { addAbortSignal, type Readable } from "node:stream";
import { DEFAULTS } from "../core/options.js";
import { InterruptedError, UsageError } from "./io.js";

/**
 * The most the CLI reads from a file or standard input: the client's own default limit on a
 * response body (`maxResponseSize`, 10 MiB). A ModelInstance is about 1 KB.
 */
export const MAX_INPUT_BYTES: number = DEFAULTS.maxResponseSize;

/** `10 MiB`, as help texts and messages say it. */
export const MAX_INPUT_TEXT = `${MAX_INPUT_BYTES / 1024 / 1024} MiB`;

/**
 * Reads `stream` to its end as UTF-8 text. Throws a UsageError naming `name` when it holds more
 * than MAX_INPUT_BYTES, is not UTF-8 or cannot be read, and an InterruptedError when `signal`
 * aborts; either way the stream is destroyed, so nothing keeps the process waiting.
 */
export async function readText(
  stream: Readable,
  name: string,
  signal: AbortSignal | undefined,
): Promise<string> {
  // Destroying the stream on abort rejects a read that is waiting on a silent terminal.
  if (signal) addAbortSignal(signal, stream);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string | Buffer>) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += bytes.byteLength;
      if (size > MAX_INPUT_BYTES) {
        throw new UsageError(
          `${name} is larger than ${MAX_INPUT_TEXT}, the most sgp-client reads; a response body is far smaller`,
        );
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (signal?.aborted) throw new InterruptedError();
    if (error instanceof UsageError) throw error;
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UsageError(`cannot read ${name}: ${code ?? message}`);
  }
  try {
    // fatal: a byte sequence that is not UTF-8 is an error, not a silent U+FFFD.
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new UsageError(`${name} is not UTF-8 text, so it cannot be a JSON body`);
  }
}

/** Reads the file at `path` (named by the user on the command line) as readText does. */
export function readFileText(
  path: string,
  name: string,
  signal: AbortSignal | undefined,
): Promise<string> {
  return readText(createReadStream(path), name, signal);
}
