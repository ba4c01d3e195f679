import type { EventOfType, EventType, Socket } from "../../src/index.js";

/** Resolve with the socket's next Observer event of `type` (rejects after `timeoutMs`). */
export function nextEvent<E extends EventType>(socket: Socket, type: E, timeoutMs = 10_000): Promise<EventOfType<E>> {
  return new Promise((resolve, reject) => {
    const listener = (event: EventOfType<E>) => {
      clearTimeout(timer);
      socket.events.off(type, listener);
      resolve(event);
    };
    const timer = setTimeout(() => {
      socket.events.off(type, listener);
      reject(new Error(`no "${type}" event within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.events.on(type, listener);
  });
}
