import { asBuffer, type Codec } from "./codec.js";
import { json, string } from "./text.js";
import { pyobj } from "./pyobj.js";

/** Anything with zeromq.js's send(): every purezmq (and zeromq.js) socket that can send. */
export interface Sender {
  send(message: Buffer | Buffer[]): Promise<void>;
}

/** Anything with zeromq.js's receive(). */
export interface Receiver {
  receive(): Promise<Buffer[]>;
}

/** Send one value as a single frame with `codec`. */
export function sendWith<T>(socket: Sender, codec: Codec<T>, value: T): Promise<void> {
  return socket.send(codec.encode(value));
}

/** Receive one message and decode its first frame with `codec`. */
export async function receiveWith<T>(socket: Receiver, codec: Codec<T>): Promise<T> {
  const [frame] = await socket.receive();
  return codec.decode(frame ?? Buffer.alloc(0));
}

/** pyzmq's send_string / recv_string. */
export const sendString = (socket: Sender, text: string): Promise<void> => sendWith(socket, string, text);
export const receiveString = (socket: Receiver): Promise<string> => receiveWith(socket, string);

/** pyzmq's send_json / recv_json. */
export const sendJson = (socket: Sender, value: unknown): Promise<void> => sendWith(socket, json, value);
export const receiveJson = (socket: Receiver): Promise<unknown> => receiveWith(socket, json);

/** pyzmq's send_pyobj / recv_pyobj (pickle; decoding never runs code). */
export const sendPyobj = (socket: Sender, value: unknown): Promise<void> => sendWith(socket, pyobj, value);
export const receivePyobj = (socket: Receiver): Promise<unknown> => receiveWith(socket, pyobj);

/** pyzmq's send_multipart: strings as UTF-8, bytes as they are. */
export function sendMultipart(socket: Sender, parts: Array<string | Uint8Array>): Promise<void> {
  return socket.send(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : asBuffer(part))));
}
