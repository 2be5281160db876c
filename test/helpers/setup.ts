import { afterAll, afterEach } from "vitest";
import { observeAnswers, type ObservedAnswer } from "../../src/testing/observe.js";

// Tests must not depend on, or send, a developer's real SGP settings.
for (const name of Object.keys(process.env)) {
  if (name.startsWith("SGP_")) delete process.env[name];
}

// Every answer the sgp-client/testing stand-in writes, in any test of any project, is checked
// against openapi.yaml after the test that caused it, so no test can pass on an answer the real
// API would never send. Answers arrive synchronously from the server; checking waits for the
// test's end, and loads ajv only in files that started a stand-in.
const answers: ObservedAnswer[] = [];
const stopObserving = observeAnswers((answer) => answers.push(answer));
// Test files share their worker's modules (vitest.config.ts: isolate is off) and this file runs
// before each of them: each file's observer must leave with it.
afterAll(stopObserving);

afterEach(async () => {
  const written = answers.splice(0);
  if (written.length === 0) return;
  const { sharedSpecValidator, standInAnswerProblems } = await import("./spec.js");
  const validator = sharedSpecValidator();
  const problems = written.flatMap((answer) => standInAnswerProblems(validator, answer));
  if (problems.length > 0) {
    throw new Error(
      `The sgp-client/testing stand-in sent answers that openapi.yaml does not allow:\n  ${problems.join("\n  ")}`,
    );
  }
});
