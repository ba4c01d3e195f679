/** libzmq's ZMQ_GROUP_MAX_LENGTH (zmq.h): the longest RADIO/DISH group, in bytes. */
export const MAX_GROUP_LENGTH = 255;

/** The JOIN and LEAVE commands of RADIO/DISH (ZMTP 3.1, RFC 37; libzmq radio.cpp and dish.cpp). */
export const JOIN = "JOIN";
export const LEAVE = "LEAVE";

/**
 * A group as libzmq receives it through its C API (zmq_join, zmq_msg_set_group): the bytes before the first NUL.
 * zeromq.js passes strings and buffers that way, so "ab\0cd" is the group "ab".
 */
export function groupBytes(value: unknown): Buffer {
  let bytes: Buffer;
  if (typeof value === "string") bytes = Buffer.from(value, "utf8");
  else if (Buffer.isBuffer(value)) bytes = value;
  else if (ArrayBuffer.isView(value)) bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  else throw new TypeError("Value must be a string or buffer");
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes : bytes.subarray(0, nul);
}
