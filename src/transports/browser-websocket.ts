/**
 * A page's own WebSocket as the ZWS session adapter sees it: binary messages out, a backlog test, close. The
 * browser build's ws:// and wss:// transport opens one of these per connect; the session side (ZWS framing,
 * RFC 45) is shared with Node, where the `ws` package plays the same part.
 *
 * What a page's WebSocket cannot do, and how this copes:
 * - Subprotocol names are HTTP tokens, so "ZWS2.0/NULL" is refused by the constructor (SyntaxError); a page
 *   offers "ZWS2.0", the profile libzmq's ws engine keeps for browsers (NULL security, no handshake commands:
 *   each side's first message is its routing id).
 * - Reading cannot be paused: messages arriving while the session is paused are held by the session adapter.
 * - No ping can be sent (the browser answers the peer's pings itself), and no drain event exists: the backlog
 *   (bufferedAmount) is polled while it is over the limit.
 * - Scripts may close only with 1000 or 3000-4999: other codes are sent as 4000 + (code - 1000), e.g. 1002 -> 4002.
 */

import { ZWS_NO_MECHANISM as BROWSER_ZWS_PROTOCOL } from "../zmtp/zws.js";

/** The parts of the WHATWG WebSocket used here (the build has no DOM types). */
export interface PageWebSocket {
  binaryType: string;
  readonly protocol: string;
  readonly bufferedAmount: number;
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

export type PageWebSocketConstructor = new (url: string, protocols?: string | string[]) => PageWebSocket;

/** Where the socket's events go: the ZWS session adapter (ZwsStream) has exactly these methods. */
export interface MessageSink {
  opened(): void;
  received(data: Buffer, binary: boolean): void;
  drained(): void;
  closed(): void;
  failed(code: string, message: string): void;
}

/** Above this many unsent bytes the socket reports itself blocked (the session then stops writing). */
export const BACKLOG_LIMIT = 1 << 20;
const DRAIN_POLL_MS = 10;

/** Open a page WebSocket to `url` offering the browser profile; binary messages arrive as ArrayBuffers. */
export function openPageWebSocket(
  url: string,
  Socket = globalThis.WebSocket as unknown as PageWebSocketConstructor,
): PageWebSocket {
  const socket = new Socket(url, BROWSER_ZWS_PROTOCOL);
  socket.binaryType = "arraybuffer";
  return socket;
}

/** An open page WebSocket, shaped as the ZWS adapter's MessageSocket. */
export class BrowserMessageSocket {
  private drainTimer: ReturnType<typeof setTimeout> | undefined;
  private sink: MessageSink | undefined;

  constructor(private readonly socket: PageWebSocket) {}

  /** Connect to `url`; `sink` hears everything from `opened` (or `failed` + `closed`) on. */
  static connect(url: string, sink: MessageSink, Socket?: PageWebSocketConstructor): BrowserMessageSocket {
    const socket = openPageWebSocket(url, Socket);
    const adapter = new BrowserMessageSocket(socket);
    adapter.listen(sink);
    socket.onopen = () => sink.opened();
    return adapter;
  }

  /** For a socket that is already open: route its events to `sink`, starting with `opened`. */
  attach(sink: MessageSink): void {
    this.listen(sink);
    sink.opened();
  }

  private listen(sink: MessageSink): void {
    this.sink = sink;
    const socket = this.socket;
    socket.onmessage = (event) => {
      const data = event.data;
      if (data instanceof ArrayBuffer) sink.received(Buffer.from(data), true);
      else sink.received(Buffer.from(String(data)), false);
    };
    // The error event carries no detail; the close event that always follows it does.
    socket.onerror = () => {};
    socket.onclose = (event) => {
      this.stopDrainPoll();
      if (!event.wasClean)
        sink.failed("ECONNRESET", `WebSocket closed (${event.code}${event.reason ? ` ${event.reason}` : ""})`);
      sink.closed();
    };
  }

  get protocol(): string {
    return this.socket.protocol;
  }

  send(message: Buffer): void {
    this.socket.send(message);
    if (this.blocked) this.startDrainPoll();
  }

  get blocked(): boolean {
    return this.socket.bufferedAmount > BACKLOG_LIMIT;
  }

  pause(): void {}

  resume(): void {}

  close(code: number, reason: string): void {
    // A close reason is at most 123 bytes, or close() throws.
    this.socket.close(
      code === 1000 || (code >= 3000 && code <= 4999) ? code : 4000 + (code - 1000),
      reason.slice(0, 100),
    );
  }

  terminate(): void {
    this.socket.close();
  }

  private startDrainPoll(): void {
    if (this.drainTimer !== undefined) return;
    const poll = (): void => {
      if (this.blocked) {
        this.drainTimer = setTimeout(poll, DRAIN_POLL_MS);
        return;
      }
      this.drainTimer = undefined;
      this.sink?.drained();
    };
    this.drainTimer = setTimeout(poll, DRAIN_POLL_MS);
  }

  private stopDrainPoll(): void {
    if (this.drainTimer !== undefined) clearTimeout(this.drainTimer);
    this.drainTimer = undefined;
  }
}
