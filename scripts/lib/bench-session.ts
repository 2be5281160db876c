/** The parent's side of one runner process: start it, send it commands, close it. */
import type { ChildProcess } from "node:child_process";
import { exited, nextMessage, startChild } from "./bench-children.js";
import type {
  HeapResult,
  RunnerCommand,
  RunnerConfig,
  RunnerReply,
  RunResult,
} from "./bench-protocol.js";

const EXPECTED_REPLY: Record<RunnerCommand["kind"], RunnerReply["kind"]> = {
  calls: "done",
  report: "runs",
  heap: "heap",
};

/** A running runner of one variant, answering one command at a time. */
export class RunnerSession {
  readonly #child: ChildProcess;
  readonly #what: string;

  private constructor(child: ChildProcess, what: string) {
    this.#child = child;
    this.#what = what;
  }

  /** Forks a runner on `runnerFile` and waits until its client is built. */
  static async start(
    runnerFile: string,
    config: RunnerConfig,
    execArgv: string[] = [],
  ): Promise<RunnerSession> {
    const child = startChild(runnerFile, [JSON.stringify(config)], execArgv);
    const session = new RunnerSession(child, `the ${config.variant} runner`);
    session.#check(await nextMessage<RunnerReply>(child, session.#what), "ready");
    return session;
  }

  /** Makes `calls` calls at `concurrency`; measured ones count towards {@link report}. */
  async calls(concurrency: number, calls: number, isMeasured: boolean): Promise<void> {
    await this.#send({ kind: "calls", concurrency, calls, isMeasured });
  }

  /** Every measured run so far, one per concurrency. */
  async report(): Promise<RunResult[]> {
    const reply = await this.#send({ kind: "report" });
    return reply.kind === "runs" ? reply.runs : [];
  }

  /** Makes `calls` calls, then reads the heap after GC (the runner needs `--expose-gc`). */
  async heap(concurrency: number, calls: number): Promise<HeapResult | undefined> {
    const reply = await this.#send({ kind: "heap", concurrency, calls });
    return reply.kind === "heap" ? reply.heap : undefined;
  }

  /** Closes the IPC channel, which ends the runner, and waits for it to exit. */
  async close(): Promise<void> {
    if (this.#child.connected) this.#child.disconnect();
    await exited(this.#child);
  }

  async #send(command: RunnerCommand): Promise<RunnerReply> {
    const reply = nextMessage<RunnerReply>(this.#child, this.#what);
    this.#child.send(command);
    return this.#check(await reply, EXPECTED_REPLY[command.kind]);
  }

  #check(reply: RunnerReply, expected: RunnerReply["kind"]): RunnerReply {
    if (reply.kind === "error") throw new Error(`${this.#what} failed: ${reply.message}`);
    if (reply.kind !== expected) {
      throw new Error(`${this.#what} answered ${reply.kind} where ${expected} was expected.`);
    }
    return reply;
  }
}
