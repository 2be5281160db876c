#!/usr/bin/env node
/** The `sgp-client` executable. */
import { runProcess } from "./main.js";

await runProcess();
