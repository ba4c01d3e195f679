/**
 * "#x25519" in the browser build: nothing to install. CURVE keeps the audited pure-JS X25519 (@noble/curves) and
 * the page's crypto.getRandomValues, src/zmtp's defaults; the Node build swaps in node:crypto's (sockets/node-x25519.ts).
 */
export {};
