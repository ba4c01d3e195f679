/**
 * A minimal ZMTP 3.0 DEALER written by hand for the memory case: greeting + NULL READY + one 1-byte message, then
 * idle. The same client drives both implementations, so the server's RSS is all that differs.
 */
import net from "node:net";

function greeting(): Buffer {
  const bytes = Buffer.alloc(64);
  bytes[0] = 0xff;
  bytes[9] = 0x7f;
  bytes[10] = 3; // major
  bytes[11] = 0; // minor
  bytes.write("NULL", 12, "ascii");
  return bytes;
}

function readyDealer(): Buffer {
  const name = Buffer.from("READY");
  const key = Buffer.from("Socket-Type");
  const value = Buffer.from("DEALER");
  const body = Buffer.concat([
    Buffer.from([name.length]),
    name,
    Buffer.from([key.length]),
    key,
    Buffer.from([0, 0, 0, value.length]),
    value,
  ]);
  return Buffer.concat([Buffer.from([0x04, body.length]), body]);
}

const HANDSHAKE = Buffer.concat([greeting(), readyDealer()]);
const MESSAGE = Buffer.from([0x00, 0x01, 0x78]);

/** Bytes of the peer's greeting and (short) READY command, once enough has arrived to know; else undefined. */
function handshakeLength(received: Buffer): number | undefined {
  if (received.length < 66) return undefined;
  return 66 + received[65]!;
}

/** Connects, handshakes, and sends one message once the peer's READY is in (libzmq rejects earlier data: H-2). */
export function openIdle(port: number, host: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    let sent = false;
    const socket = net.connect(port, host, () => socket.write(HANDSHAKE));
    socket.on("error", reject);
    socket.on("data", (chunk: Buffer) => {
      if (sent) return; // anything after the handshake is dropped
      received = Buffer.concat([received, chunk]);
      const needed = handshakeLength(received);
      if (needed === undefined || received.length < needed) return;
      sent = true;
      received = Buffer.alloc(0);
      socket.write(MESSAGE);
      resolve(socket);
    });
  });
}
