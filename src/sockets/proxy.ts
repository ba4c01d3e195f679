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
  private _state: State = "idle";
  private _resume: (() => void) | undefined = undefined;
  private _resumed: Promise<void> = Promise.resolve();

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
    if (this._state !== "idle") throw zmqError("EBUSY");
    this._state = "running";
    const done = Promise.all([this._forward(this.frontEnd, this.backEnd), this._forward(this.backEnd, this.frontEnd)]);
    return done.then(() => {
      this._state = "terminated";
      this.frontEnd.close();
      this.backEnd.close();
    });
  }

  pause(): void {
    this._ensureRunning();
    if (this._state === "paused") return;
    this._state = "paused";
    this._resumed = new Promise((resolve) => (this._resume = resolve));
  }

  resume(): void {
    this._ensureRunning();
    if (this._state !== "paused") return;
    this._state = "running";
    this._resume?.();
  }

  terminate(): void {
    this._ensureRunning();
    this._state = "terminated";
    this._resume?.();
    this.frontEnd.close();
    this.backEnd.close();
  }

  private _ensureRunning(): void {
    if (this._state !== "running" && this._state !== "paused") throw zmqError("EBADF");
  }

  private async _forward(from: Socket, to: Socket): Promise<void> {
    for (;;) {
      if (this._state === "terminated") return;
      let message: Buffer[];
      try {
        message = await from.receive();
      } catch (error) {
        if (isEnd(error)) return;
        throw error;
      }
      if (this._state === "paused") await this._resumed;
      if ((this._state as State) === "terminated") return;
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
