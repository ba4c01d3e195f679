/**
 * Injected into the browser build (tsup.config.ts) so that every use of the global `Buffer`, in purezmq's own
 * code, becomes an explicit import of the `buffer` package, which the page's bundler bundles like any other.
 */
export { Buffer } from "buffer";
