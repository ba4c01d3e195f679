// Rewrites the bundled declarations in dist/ so TypeScript before 4.5 can read them too (zeromq.js's typings are
// checked down to TypeScript 3.7): `export { type Foo, Bar }` becomes `export { Foo, Bar }` and `export type { Foo }`
// becomes `export { Foo }`. Every name in those lists is declared in the same file, so `type` adds nothing there.
// The `#private;` marker of classes with private fields (TypeScript 3.8+) goes too: it only makes them nominal.
// `from 'node:events'` becomes `from 'events'`: the @types/node an old TypeScript installs has no `node:` names.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const dist = new URL("../dist/", import.meta.url);
for (const name of readdirSync(dist)) {
  if (!/\.d\.c?ts$/.test(name)) continue;
  const file = new URL(name, dist);
  const text = readFileSync(file, "utf8");
  const rewritten = text
    .replace(/^export type \{/gm, "export {")
    .replace(/^\s*#private;\n/gm, "")
    .replace(/ from '(?:node:)(\w+)';$/gm, " from '$1';")
    .replace(
      /^((?:export|import) \{)([^}]*)(\})/gm,
      (_all, open, names, close) => open + names.replace(/(^|,)(\s*)type\s+/g, "$1$2") + close,
    );
  if (rewritten !== text) writeFileSync(file, rewritten);
}
