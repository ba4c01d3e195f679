/**
 * Fixed CURVE keys for the benchmark (both implementations, every worker process): secrets are constant bytes,
 * public keys are derived with node:crypto's X25519. Benchmark-only: real keys come from curveKeyPair().
 */
import { createPrivateKey, createPublicKey } from "node:crypto";

function publicOf(secret: Buffer): Buffer {
  const key = createPrivateKey({
    key: Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), secret]),
    format: "der",
    type: "pkcs8",
  });
  const der = createPublicKey(key).export({ format: "der", type: "spki" });
  return Buffer.from(der.subarray(der.length - 32));
}

const serverSecret = Buffer.alloc(32, 0x11);
const clientSecret = Buffer.alloc(32, 0x22);
const serverPublic = publicOf(serverSecret);
const clientPublic = publicOf(clientSecret);

/** Options for the receiving / binding side (CURVE server). */
export function curveServerOptions(): Record<string, unknown> {
  return { curveServer: true, curveSecretKey: serverSecret, curvePublicKey: serverPublic };
}

/** Options for the sending / connecting side (CURVE client). */
export function curveClientOptions(): Record<string, unknown> {
  return { curveServerKey: serverPublic, curveSecretKey: clientSecret, curvePublicKey: clientPublic };
}
