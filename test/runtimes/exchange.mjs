// The request/reply exchange both ends of a runtime round trip agree on: multipart requests with empty, small and
// large binary frames; the reply is the request reversed, frame by frame, byte by byte.

/** Request number `i`: an empty frame, its index, 256 distinct bytes, and every 16th request a 1 MiB frame. */
export function request(i) {
  const bytes = new Uint8Array(256).map((_, at) => (at + i) & 0xff);
  const frames = [Buffer.alloc(0), Buffer.from(`request ${i}`), Buffer.from(bytes)];
  if (i % 16 === 0) frames.push(Buffer.alloc(1 << 20, i & 0xff));
  return frames;
}

/** What the replying side sends back for `frames`. */
export function expectedReply(frames) {
  return frames.map((frame) => Buffer.from(frame).reverse()).reverse();
}
