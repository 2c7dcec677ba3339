// validate.js — validate SARIF logs against the SARIF 2.1.0 JSON schema.
//
//   node tests/sarif/validate.js NAME=FILE...   "ok NAME" / "FAIL NAME: why"
//
// The schema is the one Microsoft ships in @microsoft/jest-sarif
// (lib/schemas/sarif-2.1.0-rtm.5.json, JSON Schema draft-04); ajv-draft-04
// validates it, ajv-formats checks the uri/uri-reference/date-time formats.
// Beyond the schema: one run, every result's ruleId names a rule, the
// columnKind is unicodeCodePoints, regions are well ordered.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const schemaFile = path.join(__dirname, 'node_modules', '@microsoft', 'jest-sarif', 'lib',
	'schemas', 'sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
// unicodeRegExp off: the schema's language pattern has a stray `]`, which
// only JavaScript's non-Unicode regular expressions accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const arg of process.argv.slice(2)) {
	const [name, file] = arg.split('=');
	const fail = (why) => { console.log(`FAIL ${name}: ${why}`); failed++; };
	let log;
	try {
		log = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (e) {
		fail(`not JSON: ${e.message}`);
		continue;
	}
	if (!validate(log)) {
		fail(ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 600));
		continue;
	}
	const run = log.runs && log.runs[0];
	if (log.version !== '2.1.0' || log.runs.length !== 1) { fail('not one 2.1.0 run'); continue; }
	if (run.columnKind !== 'unicodeCodePoints') { fail('columnKind'); continue; }
	const rules = new Set(run.tool.driver.rules.map((r) => r.id));
	const bad = run.results.filter((r) => !rules.has(r.ruleId) ||
		run.tool.driver.rules[r.ruleIndex].id !== r.ruleId);
	if (bad.length) { fail(`results with unknown rules: ${bad.map((r) => r.ruleId)}`); continue; }
	const disordered = run.results.flatMap((r) => r.locations.concat(r.relatedLocations || []))
		.filter((l) => l.physicalLocation).map((l) => l.physicalLocation.region)
		.filter((g) => g.endLine < g.startLine ||
			(g.endLine === g.startLine && g.endColumn < g.startColumn));
	if (disordered.length) { fail('a region ends before it starts'); continue; }
	console.log(`ok ${name} (${run.results.length} results)`);
}
process.exit(failed ? 1 : 0);
