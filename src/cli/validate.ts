/**
 * `sgp-client validate [file.json|-]`: checks a captured response body against openapi.yaml, for
 * the maintainer who copies a real response from logs and wants to know whether the spec still
 * tells the truth.
 */
import { escapeControl } from "../internal/escape.js";
import { bodyFor, checkBody, describeBody, operationResponses } from "../validation/check.js";
import { InterruptedError, parseCommandLine, UsageError, type CliIO } from "./io.js";
import { MAX_INPUT_TEXT, readFileText, readText } from "./read-input.js";

export const VALIDATE_HELP = `Usage: sgp-client validate [file.json|-] [--status <code>]

Checks a captured response body of POST /v4/model-groups/{model_group_id}/models/{model_instance_id}
against openapi.yaml: a ModelInstance, or with --status the body openapi.yaml documents for that
status (422: HTTPValidationError; any other error: ErrorResponse). Reads the file, or standard
input when the argument is "-" or absent, up to ${MAX_INPUT_TEXT} of UTF-8 text. Prints one line per
mismatch: JSON pointer, then what differs. Extra fields are allowed, as the API may add fields.

Options:
  --status <code>   The HTTP status the body came with (default 200)
  -h, --help        Show this help

Exit codes: 0 the body matches openapi.yaml, 1 it does not, 2 bad input (unreadable file,
larger than ${MAX_INPUT_TEXT}, not UTF-8, not JSON, unknown status or option), 130 interrupted (Ctrl-C).
`;

const EXIT = { matches: 0, mismatches: 1, badInput: 2, interrupted: 130 } as const;
const OPERATION = operationResponses.addModelInstanceToModelGroup;
// Ctrl-D ends standard input in a Unix terminal; Windows consoles take Ctrl-Z, then Enter.
const END_OF_INPUT = process.platform === "win32" ? "Ctrl-Z, then Enter" : "Ctrl-D";

interface ValidateArgs {
  source: string;
  status: number;
  isHelp: boolean;
}

function parse(args: string[]): ValidateArgs {
  const { values, positionals } = parseCommandLine({
    args,
    allowPositionals: true,
    options: { status: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`);
  }
  const status = Number(values.status ?? 200);
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new UsageError(
      `--status must be an HTTP status from 100 to 599, got ${JSON.stringify(values.status)}`,
    );
  }
  return { source: positionals[0] ?? "-", status, isHelp: values.help === true };
}

function readSource(source: string, name: string, io: CliIO): Promise<string> {
  if (source !== "-") return readFileText(source, name, io.signal);
  if (io.stdin === undefined) throw new UsageError("no standard input to read; pass a file");
  // A terminal on stdin means nobody piped a body in: say what the silence is waiting for.
  if (io.stdin.isTTY) {
    io.stderr(
      `sgp-client: reading a response body from standard input: paste it, then press ${END_OF_INPUT} ` +
        "(Ctrl-C cancels), or pass a file: sgp-client validate response.json\n",
    );
  }
  return readText(io.stdin, name, io.signal);
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { source, status, isHelp } = parse(args);
  if (isHelp) {
    io.stdout(VALIDATE_HELP);
    return EXIT.matches;
  }
  const body = bodyFor(OPERATION, status);
  if (!body) {
    throw new UsageError(`openapi.yaml documents no JSON body for a ${status} response`);
  }
  const name = source === "-" ? "standard input" : source;
  const text = await readSource(source, name, io);
  try {
    JSON.parse(text);
  } catch (error) {
    // Node quotes the start of the text, control characters and all.
    throw new UsageError(`${name} is not JSON (${(error as Error).message})`);
  }
  const { mismatches, total } = checkBody(body, text);
  const what = `${describeBody(body)}, the ${status} body of POST ${OPERATION.path}`;
  if (mismatches.length === 0) {
    io.stdout(`${escapeControl(name)} matches openapi.yaml: ${what}.\n`);
    return EXIT.matches;
  }
  // Pointers and messages quote the body's own keys and values: escaped, one line each.
  io.stdout(
    mismatches.map((m) => `${escapeControl(`${m.pointer || "(root)"}: ${m.message}`)}\n`).join(""),
  );
  const count = countOf(mismatches.length, total);
  const uncounted = total === undefined ? " The body is too large to count every mismatch." : "";
  io.stderr(
    `sgp-client: ${count} with openapi.yaml, which expects ${what}.${uncounted} If this is what SGP sends, openapi.yaml is out of date.\n`,
  );
  return EXIT.mismatches;
}

/** `3 mismatches`, `the first 10 of 523 mismatches`, or, uncounted, `the first mismatch`. */
function countOf(listed: number, total: number | undefined): string {
  if (total === undefined) {
    return listed === 1 ? "the first mismatch" : `the first ${listed} mismatches`;
  }
  if (total > listed) return `the first ${listed} of ${total} mismatches`;
  return total === 1 ? "1 mismatch" : `${total} mismatches`;
}

/**
 * Runs `sgp-client validate`; resolves to its exit code. Bad input is one line on stderr, never
 * a stack trace, with every character from the input or the command line escaped.
 */
export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof InterruptedError) {
      io.stderr("sgp-client: interrupted\n");
      return EXIT.interrupted;
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr(
      `sgp-client: ${escapeControl(error.message)}. Run \`sgp-client validate --help\` for usage.\n`,
    );
    return EXIT.badInput;
  }
}
