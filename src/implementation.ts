/**
 * The whole library as one bundle (dist/implementation.cjs). The published entries (purezmq, purezmq/draft,
 * purezmq/v5-compat, CommonJS and ESM alike) are thin views of it, so a process that loads several of them, or
 * loads one both ways, has one default context, one inproc namespace and one set of classes.
 */
import { warnDraft } from "./draft-warning.js";
import * as draftClasses from "./sockets/draft-classes.js";

export * as main from "./index.js";
export * as compat from "./v5-compat.js";

export function draft(): typeof draftClasses {
  warnDraft();
  return draftClasses;
}
