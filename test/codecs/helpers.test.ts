import { describe, expect, it } from "vitest";
import {
  json,
  msgpack,
  receiveJson,
  receivePyobj,
  receiveString,
  receiveWith,
  sendJson,
  sendMultipart,
  sendPyobj,
  sendString,
  sendWith,
  type Receiver,
  type Sender,
} from "../../src/codecs/index.js";

/** A loopback stand-in for a socket: what is sent is what the next receive() returns. */
class Loopback implements Sender, Receiver {
  private readonly queue: Buffer[][] = [];
  send(message: Buffer | Buffer[]): Promise<void> {
    this.queue.push(Array.isArray(message) ? message : [message]);
    return Promise.resolve();
  }
  receive(): Promise<Buffer[]> {
    const next = this.queue.shift();
    return next ? Promise.resolve(next) : Promise.reject(new Error("nothing queued"));
  }
}

describe("socket helpers (structural types, no socket import)", () => {
  it("sendString / receiveString use UTF-8 like pyzmq's send_string", async () => {
    const sock = new Loopback();
    await sendString(sock, "héllo ✓");
    expect(await receiveString(sock)).toBe("héllo ✓");
    await sendString(sock, "héllo ✓");
    expect((await sock.receive())[0]).toEqual(
      Buffer.from([0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0x20, 0xe2, 0x9c, 0x93]),
    );
  });

  it("sendJson / sendPyobj round-trip through one frame", async () => {
    const sock = new Loopback();
    await sendJson(sock, { a: [1, 2] });
    await sendPyobj(sock, { big: 2n ** 70n, list: [1, "x", null] });
    expect(await receiveJson(sock)).toEqual({ a: [1, 2] });
    expect(await receivePyobj(sock)).toEqual({ big: 2n ** 70n, list: [1, "x", null] });
  });

  it("sendMultipart sends strings as UTF-8 and bytes unchanged, in order", async () => {
    const sock = new Loopback();
    await sendMultipart(sock, ["topic", new Uint8Array([0, 255]), ""]);
    expect(await sock.receive()).toEqual([Buffer.from("topic"), Buffer.from([0, 255]), Buffer.alloc(0)]);
  });

  it("sendWith / receiveWith work with any codec; the topic + body idiom needs none of them", async () => {
    const sock = new Loopback();
    await sendWith(sock, msgpack, { k: 1 });
    expect(await receiveWith(sock, msgpack)).toEqual({ k: 1 });
    await sock.send([Buffer.from("t"), json.encode([1, 2, 3])]);
    const [topic, body] = await sock.receive();
    expect([topic!.toString(), json.decode(body!)]).toEqual(["t", [1, 2, 3]]);
  });

  it("receiveWith on an empty message decodes an empty frame", async () => {
    const sock = new Loopback();
    await sock.send([]);
    expect(await receiveString(sock)).toBe("");
  });
});
