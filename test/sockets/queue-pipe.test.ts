import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Link } from "../../src/zmtp/link.js";
import { lowWaterMark, Pipe } from "../../src/sockets/pipe.js";
import { MessageQueue } from "../../src/sockets/message-queue.js";
import { Queue } from "../../src/sockets/queue.js";

describe("Queue", () => {
  it("behaves as a FIFO under any mix of push, shift and clear", () => {
    const op = fc.oneof(
      { weight: 5, arbitrary: fc.integer().map((n) => ({ push: n })) },
      { weight: 4, arbitrary: fc.constant("shift" as const) },
      { weight: 1, arbitrary: fc.constant("clear" as const) },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const queue = new Queue<number>();
        const model: number[] = [];
        for (const o of ops) {
          if (o === "shift") expect(queue.shift()).toBe(model.shift());
          else if (o === "clear") {
            queue.clear();
            model.length = 0;
          } else {
            queue.push(o.push);
            model.push(o.push);
          }
          expect(queue.length).toBe(model.length);
          expect(queue.peek()).toBe(model[0]);
          expect([...queue]).toEqual(model);
        }
      }),
    );
  });

  it("keeps order across growth while wrapped around its ring", () => {
    const queue = new Queue<number>();
    for (let i = 0; i < 6; i++) queue.push(i);
    for (let i = 0; i < 5; i++) queue.shift(); // head now near the end of the 8-slot ring
    for (let i = 6; i < 40; i++) queue.push(i); // wraps, then grows twice
    const out: number[] = [];
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) out.push(item);
    expect(out).toEqual(Array.from({ length: 35 }, (_, i) => i + 5));
  });
});

describe("MessageQueue", () => {
  const frame = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    fc.constantFrom(0, 1023, 1024, 5000).map((n) => new Uint8Array(n).fill(n & 0xff)),
  );
  const message = fc.array(frame, { minLength: 1, maxLength: 3 });
  const op = fc.oneof(
    { weight: 6, arbitrary: message.map((m) => ({ push: m.map((part) => Buffer.from(part)) })) },
    { weight: 4, arbitrary: fc.constant("shift" as const) },
    { weight: 1, arbitrary: fc.constant("clear" as const) },
    { weight: 1, arbitrary: fc.constant("iterate" as const) },
  );

  it("is a FIFO of copies under any mix of push, shift, clear and iteration, across chunk boundaries", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const queue = new MessageQueue();
        const model: Buffer[][] = [];
        for (const o of ops) {
          if (o === "shift") expect(queue.shift()).toEqual(model.shift());
          else if (o === "clear") {
            queue.clear();
            model.length = 0;
          } else if (o === "iterate") {
            expect([...queue]).toEqual(model);
          } else {
            model.push(o.push.map((part) => Buffer.from(part)));
            queue.push([...o.push]); // an array of its own, as send() makes
            // The caller may reuse small buffers: the queue holds copies (large ones are kept, zero-copy).
            for (const part of o.push) if (part.length < 1024) part.fill(0xee);
          }
          expect(queue.length).toBe(model.length);
        }
        expect([...queue]).toEqual(model);
      }),
    );
  });

  it("messages handed out stay intact while the queue goes on filling and emptying", () => {
    const queue = new MessageQueue();
    const taken: Buffer[] = [];
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 300; i++) queue.push([Buffer.from([round, i & 0xff, 7])]);
      for (let i = 0; i < 300; i++) taken.push(queue.shift()![0]!);
    }
    for (const [n, body] of taken.entries()) expect([...body]).toEqual([Math.floor(n / 300), (n % 300) & 0xff, 7]);
  });
});

type CountingLink = Link & { pauses: number; resumes: number; keptReading: number };

function fakeLink(): CountingLink {
  const link = {
    pauses: 0,
    resumes: 0,
    keptReading: 0,
    writable: true,
    send() {},
    subscribe() {},
    cancel() {},
    pause(keepReading?: boolean) {
      link.pauses++;
      if (keepReading === true) link.keptReading++;
    },
    resume() {
      link.resumes++;
    },
    close() {},
  };
  return link as unknown as CountingLink;
}

describe("Pipe receive HWM (S-0c)", () => {
  it("pauses the link at the HWM and resumes it only at the low-water mark, not per message taken", () => {
    const pipe = new Pipe("tcp://x", false, 1000, 1000);
    const link = fakeLink();
    pipe.attachLink(link, {} as never);
    for (let i = 0; i < 1000; i++) pipe.pushInbound([Buffer.from([i & 0xff])]);
    expect(link.pauses).toBe(1);
    while (pipe.inbound.length > lowWaterMark(1000) + 1) pipe.shiftInbound();
    expect(link.resumes).toBe(0);
    pipe.shiftInbound();
    expect(pipe.inbound.length).toBe(500);
    expect(link.resumes).toBe(1);
  });

  it("without a receive HWM (0) the link reads on: paused with keepReading at 1000 queued, resumed at 500", () => {
    const pipe = new Pipe("tcp://x", false, 1000, 0);
    const link = fakeLink();
    pipe.attachLink(link, {} as never);
    for (let i = 0; i < 999; i++) pipe.pushInbound([Buffer.from([i & 0xff])]);
    expect(link.pauses).toBe(0);
    pipe.pushInbound([Buffer.from([1])]);
    expect([link.pauses, link.keptReading]).toEqual([1, 1]);
    for (let i = 0; i < 1000; i++) pipe.pushInbound([Buffer.from([2])]); // what the link had decoded already
    expect(link.pauses).toBe(1);
    while (pipe.inbound.length > 501) pipe.shiftInbound();
    expect(link.resumes).toBe(0);
    pipe.shiftInbound();
    expect(link.resumes).toBe(1);
  });

  it("a finite HWM pauses outright; lifted to 0 meanwhile, the link resumes on the next message taken", () => {
    const pipe = new Pipe("tcp://x", false, 1000, 10);
    const link = fakeLink();
    pipe.attachLink(link, {} as never);
    for (let i = 0; i < 10; i++) pipe.pushInbound([Buffer.from([i])]);
    expect([link.pauses, link.keptReading]).toEqual([1, 0]);
    pipe.receiveHwm = 0;
    pipe.shiftInbound();
    expect(link.resumes).toBe(1);
  });

  it("low-water marks: half the HWM, or 1024 below a large one, and 0 for an HWM of 1", () => {
    expect([1, 2, 1000, 2048, 5000].map(lowWaterMark)).toEqual([0, 1, 500, 1024, 3976]);
  });
});
