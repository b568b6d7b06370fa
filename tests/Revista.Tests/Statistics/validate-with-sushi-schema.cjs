// Validates JSON documents against the COUNTER_SUSHI API R5.1 schemas with ajv (JSON Schema 2020-12, as OpenAPI 3.1
// uses). Usage: node validate-with-sushi-schema.cjs COUNTER_SUSHI_API.json CASES.json
// CASES.json is an array of {"name", "pointer" (a JSON pointer into the API document), "document"}.
// Prints one line per invalid case and exits 1 when any is invalid.
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const api = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const cases = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
// strict: false because the API document carries OpenAPI keywords (x-stoplight, examples, a misspelt "minlength");
// unicodeRegExp: false because Institution_ID's ISIL pattern "{1,3,4}" is refused by the "u" flag's stricter parser.
const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
ajv.addSchema({ $id: "https://sushi.invalid/api", components: api.components });

let invalid = 0;
for (const c of cases) {
  const validate = ajv.getSchema("https://sushi.invalid/api#" + c.pointer);
  if (!validate) {
    console.log(`${c.name}: no schema at ${c.pointer}`);
    invalid++;
    continue;
  }
  if (!validate(c.document)) {
    invalid++;
    console.log(`${c.name}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
  }
}
process.exit(invalid ? 1 : 0);
