import fc from "fast-check";
import protobufjs from "protobufjs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CodecError, protobuf, type Codec } from "../../src/codecs/index.js";
import { camera_prop, type Icamera_prop } from "./fixtures/camera_prop.js";

const CameraProp = protobufjs
  .loadSync(new URL("../../examples/proto/camera.proto", import.meta.url).pathname)
  .lookupType("camera_prop");
/** protoc --encode=camera_prop camera.proto <<< 'name: "cam" width: 640 height: 480' */
const CAM_640_480 = Buffer.from("0a0363616d10800518e003", "hex");

describe("protobuf codec", () => {
  it("static (generated-style) class: decode has the class's type and round-trips", () => {
    const codec = protobuf(camera_prop);
    expectTypeOf(codec).toEqualTypeOf<Codec<camera_prop>>();
    const decoded = codec.decode(CAM_640_480);
    expect(decoded).toBeInstanceOf(camera_prop);
    expect({ name: decoded.name, width: decoded.width, height: decoded.height }).toEqual({
      name: "cam",
      width: 640,
      height: 480,
    });
    expect(codec.encode(camera_prop.create({ name: "cam", width: 640, height: 480 }))).toEqual(CAM_640_480);
  });

  it("reflection Type from a .proto at run time, typed by the caller", () => {
    const codec = protobuf<Icamera_prop>(CameraProp);
    expectTypeOf(codec.decode).returns.toEqualTypeOf<Icamera_prop>();
    expect(codec.decode(CAM_640_480)).toMatchObject({ name: "cam", width: 640, height: 480 });
    expect(codec.encode({ name: "cam", width: 640, height: 480 })).toEqual(CAM_640_480);
  });

  it("static and reflection encodings decode each other's output", () => {
    const stat = protobuf(camera_prop);
    const refl = protobuf<Icamera_prop>(CameraProp);
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        (name, width, height) => {
          // protobufjs reflection writes explicitly set proto3 defaults, generated code omits them: compare values
          expect(refl.decode(stat.encode(camera_prop.create({ name, width, height })))).toMatchObject({
            name,
            width,
            height,
          });
          expect(stat.decode(refl.encode({ name, width, height }))).toMatchObject({ name, width, height });
        },
      ),
    );
  });

  it("encode refuses a plain object that fails verify, naming the codec", () => {
    expect(() => protobuf<Icamera_prop>(CameraProp).encode({ name: 5 } as unknown as Icamera_prop)).toThrow(
      /^protobuf: name: string expected/,
    );
    expect(() => protobuf(camera_prop).encode({ width: 1.5 } as unknown as camera_prop)).toThrow(CodecError);
  });

  it("truncated input is a CodecError with the offset", () => {
    const error = (() => {
      try {
        protobuf(CameraProp).decode(CAM_640_480.subarray(0, 6));
      } catch (e) {
        return e;
      }
    })() as CodecError;
    expect(error).toBeInstanceOf(CodecError);
    expect(error.codec).toBe("protobuf");
    expect(error.offset).toBe(6);
  });

  it("fuzz: arbitrary bytes yield a message or a CodecError (static and reflection)", () => {
    const codecs = [protobuf(camera_prop), protobuf(CameraProp)];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        for (const codec of codecs) {
          try {
            codec.decode(bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(CodecError);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
