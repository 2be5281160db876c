/**
 * `npm start`: the CLI, run against the embedded SGP stand-in when no SGP_API_KEY is set, so a
 * fresh clone shows the whole thing working with no account.
 */
import { runProcess } from "./main.js";

await runProcess({ isStandInWithoutKey: true, command: "npm start --" });
