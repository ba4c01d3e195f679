/**
 * Raw ZMTP bytes as an attacker writes them (RFC 23 / RFC 37), independent of purezmq's encoder on purpose:
 * the attacks must be able to say things the encoder never would.
 */
const SIGNATURE = Buffer.from([0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0x7f]);

/** A 64-byte greeting for NULL security, ZMTP 3.`minor`. */
export function greeting(minor = 1): Buffer {
  const out = Buffer.alloc(64);
  SIGNATURE.copy(out, 0);
  out[10] = 3;
  out[11] = minor;
  out.write("NULL", 12, "latin1");
  return out;
}

/** One frame: short form up to 255 bytes, long form above (or when `declaredSize` is given). */
export function frame(flags: number, body: Buffer, declaredSize?: number): Buffer {
  const size = declaredSize ?? body.length;
  if (size <= 255 && declaredSize === undefined) return Buffer.concat([Buffer.from([flags, size]), body]);
  const head = Buffer.alloc(9);
  head[0] = flags | 0x02;
  head.writeBigUInt64BE(BigInt(size), 1);
  return Buffer.concat([head, body]);
}

export const MORE = 0x01;
export const COMMAND = 0x04;

export function command(name: string, data: Buffer = Buffer.alloc(0)): Buffer {
  const nameBytes = Buffer.from(name, "latin1");
  return frame(COMMAND, Buffer.concat([Buffer.from([nameBytes.length]), nameBytes, data]));
}

export function properties(list: Array<[string, Buffer]>): Buffer {
  const pieces: Buffer[] = [];
  for (const [name, value] of list) {
    const head = Buffer.alloc(1 + name.length + 4);
    head[0] = name.length;
    head.write(name, 1, "latin1");
    head.writeUInt32BE(value.length, 1 + name.length);
    pieces.push(head, value);
  }
  return Buffer.concat(pieces);
}

export function ready(socketType: string, extra: Buffer = Buffer.alloc(0)): Buffer {
  return command("READY", Buffer.concat([properties([["Socket-Type", Buffer.from(socketType)]]), extra]));
}

/** ZMTP 3.1 SUBSCRIBE command. */
export function subscribe(topic: Buffer): Buffer {
  return command("SUBSCRIBE", topic);
}

/** ZMTP 3.0 subscription message: 0x01 + topic as a data frame. */
export function subscribeMessage(topic: Buffer): Buffer {
  return frame(0, Buffer.concat([Buffer.from([1]), topic]));
}

export function ping(context = Buffer.alloc(0)): Buffer {
  return command("PING", Buffer.concat([Buffer.from([0, 0]), context]));
}
