import { zmqError } from "../errors.js";
import { holdProcess, releaseProcess } from "./keep-alive.js";

/**
 * A pending send() or receive(): keeps the process alive and times out with EAGAIN, or with the error `onTimeout`
 * returns (a last attempt that failed for another reason, as libzmq reports it).
 */
export class Waiter<T> {
  private timer: NodeJS.Timeout | undefined;
  private settled = false;
  readonly promise: Promise<T>;
  private resolveFn!: (value: T) => void;
  private rejectFn!: (error: Error) => void;

  // biome-ignore lint/suspicious/noConfusingVoidType: a callback that returns nothing (no error) must type-check
  constructor(timeout: number, onTimeout: () => Error | void) {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolveFn = resolve;
      this.rejectFn = reject;
    });
    holdProcess();
    if (timeout > 0) {
      this.timer = setTimeout(() => {
        this.reject(onTimeout() ?? zmqError("EAGAIN"));
      }, timeout);
    }
  }

  resolve(value: T): void {
    if (this.finish()) this.resolveFn(value);
  }

  reject(error: Error): void {
    if (this.finish()) this.rejectFn(error);
  }

  private finish(): boolean {
    if (this.settled) return false;
    this.settled = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    releaseProcess();
    return true;
  }
}
