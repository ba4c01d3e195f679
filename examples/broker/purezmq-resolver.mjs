// Module resolve hook: the bare specifier "zeromq" becomes purezmq's entry point (TypeScript, loaded through tsx).
const PUREZMQ = new URL("../../src/index.ts", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  // Hand the URL on (not shortCircuit) so tsx resolves it and then compiles the TypeScript.
  if (specifier === "zeromq") return nextResolve(PUREZMQ, context);
  return nextResolve(specifier, context);
}
