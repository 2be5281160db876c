/** The CLI's help texts, one per command. */

/** `sgp-client --help`: every command, the environment and the exit codes. */
export const MAIN_HELP = `Usage: sgp-client <command> [options]

Commands:
  add-model <model_group_id> <model_instance_id>   Add a model instance to a model group
  demo [add-model <ids>] [--json]                  Run add-model against an embedded SGP stand-in
  validate [file.json|-] [--status <code>]         Check a captured response body against openapi.yaml
  serve [--port <n>] [--host <host>] [faults]      Run the SGP stand-in until Ctrl-C, for your code
  help [command]                                   Show help for a command

Options:
  -h, --help      Show help
  -v, --version   Show the version

Environment:
  SGP_API_KEY      API key (required, except for demo)
  SGP_BASE_URL     API base URL (default https://api.egp.scale.com)
  SGP_ACCOUNT_ID   Account to act in, sent as x-selected-account-id
  SGP_LOG          Log level on stderr: off, error, warn (default), info, debug

Exit codes: 0 success, 1 API or network error, 2 usage error or bad input, 130 interrupted
(Ctrl-C, which also ends serve).
`;

/** `sgp-client add-model --help`. */
export const ADD_MODEL_HELP = `Usage: sgp-client add-model <model_group_id> <model_instance_id> [options]

Adds a model instance to a model group and prints the model instance.

Options:
  --json              Print the full ModelInstance as JSON
  --base-url <url>    API base URL (default: $SGP_BASE_URL, else https://api.egp.scale.com)
  --account-id <id>   Account to act in (default: $SGP_ACCOUNT_ID)
  -h, --help          Show this help

The API key comes from $SGP_API_KEY.
Exit codes: 0 success, 1 API or network error, 2 usage error, 130 interrupted.
`;

/** `sgp-client demo --help`. */
export const DEMO_HELP = `Usage: sgp-client demo [add-model <model_group_id> <model_instance_id>] [--json]

Starts the embedded SGP stand-in (sgp-client/testing) on 127.0.0.1, runs add-model against it
through the real client, and stops it. Without ids it adds a seeded model instance to a seeded
model group. No API key or network is needed.

Options:
  --json       Print the full ModelInstance as JSON
  -h, --help   Show this help
`;

/** `sgp-client serve --help`. */
export const SERVE_HELP = `Usage: sgp-client serve [--port <n>] [--host <host>] [fault options]

Runs the SGP stand-in (sgp-client/testing) until Ctrl-C, so that the client, this CLI or your
own code can be tried without an account. Prints its URL, its API key, the seeded model group
and model instance ids, and an export line of SGP_BASE_URL and SGP_API_KEY to paste into another
terminal. Each request it receives is a line on stderr.

Options:
  --port <n>              Port to listen on (default 4010; 0 picks a free one)
  --host <host>           Interface to listen on (default 127.0.0.1). The stand-in has no real
                          auth: on any other interface, anyone who can reach it can use it
  --fail <status>[:<n>]   Answer the next n requests (default 1) with this status, 400 to 599
  --stall <n>             Send the next n answers' headers and part of their body, then stall
  --reset <n>             Reset the connection of the next n requests, without an answer
  --latency <ms>          Wait this long before answering each request after those faults
  -h, --help              Show this help

Faults take one request each, in the order given; --latency applies to every request after
them: "--fail 503:2 --latency 200" fails the first two requests, then delays every later one.

Exit codes: 130 stopped with Ctrl-C (the normal end), 2 bad option or a port it cannot use.
`;
