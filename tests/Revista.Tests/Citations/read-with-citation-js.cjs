// Reads an export file with citation-js (an independent parser) and prints what it understood as CSL-JSON.
// Usage: node read-with-citation-js.cjs FILE FORMAT   (FORMAT: ris | bibtex | csl)
const fs = require("fs");
const { Cite, plugins } = require("@citation-js/core");
require("@citation-js/plugin-ris");
require("@citation-js/plugin-bibtex");
require("@citation-js/plugin-csl");

const [file, format] = process.argv.slice(2);
const text = fs.readFileSync(file, "utf8");
const type = { ris: "@ris/file", bibtex: "@biblatex/text", csl: "@csl/list+object" }[format];
const input = format === "csl" ? JSON.parse(text) : text;
const items = plugins.input.chain(input, { forceType: type, generateGraph: false });
process.stdout.write(JSON.stringify(items));
