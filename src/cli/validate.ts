/**
 * `sgp-client validate [file.json|-]`: checks a captured response body against openapi.yaml, for
 * the maintainer who copies a real response from logs and wants to know whether the spec still
 * tells the truth.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { bodyFor, checkBody, describeBody, operationResponses } from "../validation/check.js";
import type { CliIO } from "./main.js";

export const VALIDATE_HELP = `Usage: sgp-client validate [file.json|-] [--status <code>]

Checks a captured response body of POST /v4/model-groups/{model_group_id}/models/{model_instance_id}
against openapi.yaml: a ModelInstance, or with --status the body openapi.yaml documents for that
status (422: HTTPValidationError; any other error: ErrorResponse). Reads the file, or standard
input when the argument is "-" or absent. Prints one line per mismatch: JSON pointer, then what
differs. Extra fields are allowed, as the API may add fields.

Options:
  --status <code>   The HTTP status the body came with (default 200)
  -h, --help        Show this help

Exit codes: 0 the body matches openapi.yaml, 1 it does not, 2 bad input (unreadable file,
not JSON, unknown status or option).
`;

const EXIT = { matches: 0, mismatches: 1, badInput: 2 } as const;
const OPERATION = operationResponses.addModelInstanceToModelGroup;

class BadInput extends Error {}

interface ValidateArgs {
  source: string;
  status: number;
  isHelp: boolean;
}

function parse(args: string[]): ValidateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { status: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    throw new BadInput((error as Error).message.replace(/\. To specify .*$/s, ""));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new BadInput(`unexpected argument ${JSON.stringify(positionals[1])}`);
  }
  const status = Number(values.status ?? 200);
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new BadInput(
      `--status must be an HTTP status from 100 to 599, got ${JSON.stringify(values.status)}`,
    );
  }
  return { source: positionals[0] ?? "-", status, isHelp: values.help === true };
}

async function readSource(source: string, io: CliIO): Promise<string> {
  if (source !== "-") {
    try {
      return await readFile(source, "utf8");
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      throw new BadInput(`cannot read ${source}: ${code ?? message}`);
    }
  }
  if (io.stdin === undefined) throw new BadInput("no standard input to read; pass a file");
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of io.stdin) {
    text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { source, status, isHelp } = parse(args);
  if (isHelp) {
    io.stdout(VALIDATE_HELP);
    return EXIT.matches;
  }
  const body = bodyFor(OPERATION, status);
  if (!body) {
    throw new BadInput(`openapi.yaml documents no JSON body for a ${status} response`);
  }
  const text = await readSource(source, io);
  const name = source === "-" ? "standard input" : source;
  try {
    JSON.parse(text);
  } catch (error) {
    // Node quotes the start of the text, newlines and all: the report stays one line.
    throw new BadInput(`${name} is not JSON (${(error as Error).message.replace(/\s+/g, " ")})`);
  }
  const { mismatches } = checkBody(body, text);
  const what = `${describeBody(body)}, the ${status} body of POST ${OPERATION.path}`;
  if (mismatches.length === 0) {
    io.stdout(`${name} matches openapi.yaml: ${what}.\n`);
    return EXIT.matches;
  }
  io.stdout(mismatches.map((m) => `${m.pointer || "(root)"}: ${m.message}\n`).join(""));
  const count = mismatches.length === 1 ? "1 mismatch" : `${mismatches.length} mismatches`;
  io.stderr(
    `sgp-client: ${count} with openapi.yaml, which expects ${what}. If this is what SGP sends, openapi.yaml is out of date.\n`,
  );
  return EXIT.mismatches;
}

/**
 * Runs `sgp-client validate`; resolves to its exit code. Bad input is one line on stderr, never
 * a stack trace.
 */
export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    io.stderr(`sgp-client: ${error.message}. Run \`sgp-client validate --help\` for usage.\n`);
    return EXIT.badInput;
  }
}
