/**
 * `npm start`: the CLI, run against the embedded SGP stand-in when no SGP_API_KEY is set, so a
 * fresh clone shows the whole thing working with no account.
 */
import { main } from "./main.js";

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.exitCode = await main(
  process.argv.slice(2),
  {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    signal: controller.signal,
  },
  { isStandInWithoutKey: true },
);
