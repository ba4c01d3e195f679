import { zmqError } from "../errors.js";
import { coreOf, Socket } from "./socket.js";

type State = "idle" | "running" | "paused" | "terminated";

/**
 * zeromq.js `Proxy`: forwards messages between a front-end and a back-end socket in both directions (where each
 * side can receive and the other can send) until terminate(); both sockets are closed when it ends.
 */
export class Proxy<F extends Socket = Socket, B extends Socket = Socket> {
  readonly frontEnd: F;
  readonly backEnd: B;
  #state: State = "idle";
  #resume: (() => void) | undefined = undefined;
  #resumed: Promise<void> = Promise.resolve();

  constructor(frontEnd: F, backEnd: B) {
    if (arguments.length > 2) throw new TypeError("Expected 2 arguments");
    if (typeof frontEnd !== "object" || frontEnd === null) throw new TypeError("Front-end must be a socket object");
    if (typeof backEnd !== "object" || backEnd === null) throw new TypeError("Back-end must be a socket object");
    // zeromq.js: an object that is not a socket is a plain "Invalid argument" Error (no code).
    if (!(frontEnd instanceof Socket) || !(backEnd instanceof Socket)) throw new Error("Invalid argument");
    this.frontEnd = frontEnd;
    this.backEnd = backEnd;
    Object.seal(this);
  }

  run(): Promise<void> {
    if (!isOpen(this.frontEnd)) throw zmqError("EINVAL", "Front-end socket must be bound or connected");
    if (!isOpen(this.backEnd)) throw zmqError("EINVAL", "Back-end socket must be bound or connected");
    if (this.#state !== "idle") throw zmqError("EBUSY");
    this.#state = "running";
    const done = Promise.all([this.#forward(this.frontEnd, this.backEnd), this.#forward(this.backEnd, this.frontEnd)]);
    return done.then(() => {
      this.#state = "terminated";
      this.frontEnd.close();
      this.backEnd.close();
    });
  }

  pause(): void {
    this.#ensureRunning();
    if (this.#state === "paused") return;
    this.#state = "paused";
    this.#resumed = new Promise((resolve) => (this.#resume = resolve));
  }

  resume(): void {
    this.#ensureRunning();
    if (this.#state !== "paused") return;
    this.#state = "running";
    this.#resume?.();
  }

  terminate(): void {
    this.#ensureRunning();
    this.#state = "terminated";
    this.#resume?.();
    this.frontEnd.close();
    this.backEnd.close();
  }

  #ensureRunning(): void {
    if (this.#state !== "running" && this.#state !== "paused") throw zmqError("EBADF");
  }

  async #forward(from: Socket, to: Socket): Promise<void> {
    for (;;) {
      if (this.#state === "terminated") return;
      let message: Buffer[];
      try {
        message = await from.receive();
      } catch (error) {
        if (isEnd(error)) return;
        throw error;
      }
      if (this.#state === "paused") await this.#resumed;
      if ((this.#state as State) === "terminated") return;
      try {
        await to.send(message);
      } catch (error) {
        if (isEnd(error)) return;
        throw error;
      }
    }
  }
}

function isOpen(socket: Socket): boolean {
  const core = coreOf(socket);
  return core.endpointsUsed && !core.closed;
}

function isEnd(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "ENOTSUP" || code === "EAGAIN" || code === "EBADF";
}
