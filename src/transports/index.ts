export { parseEndpoint, type Endpoint } from "./endpoint.js";
export { listen, formatHost, type ListenOptions, type TransportListener } from "./listener.js";
export { Dialer, type DialOptions, type DialerHandler } from "./dialer.js";
export { BACKOFF_RESET, nextReconnectDelay, reconnects, type ReconnectStep } from "./backoff.js";
export { resolveBindHost } from "./bind-host.js";
export { applyKeepalive, type KeepaliveOptions } from "./keepalive.js";
export { transportError } from "./os-error.js";
