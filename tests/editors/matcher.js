// matcher.js — applies the problemMatcher of editors/vscode/package.json to
// reglc's text diagnostics (the file given) and checks that every error and
// warning header line is matched with its file, line, column, severity and
// code.  Prints "ok NAME" / "FAIL NAME: why".
'use strict';
const fs = require('fs');
const path = require('path');
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../editors/vscode/package.json'), 'utf8'));
const m = pkg.contributes.problemMatchers[0];
const re = new RegExp(m.pattern.regexp);
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
let want = 0, got = 0;
const bad = [];
for (const line of lines) {
	const header = /^\S.*:\d+:\d+: (error|warning)\[[A-Z]\d+\]: /.test(line);
	if (header) want++;
	const r = re.exec(line);
	if (!r) continue;
	got++;
	const [file, ln, col, sev, code] = [1, 2, 3, 4, 5].map((i) => r[m.pattern[['file', 'line', 'column', 'severity', 'code'][i - 1]]]);
	if (!header || !fs.existsSync(file) || !(+ln > 0) || !(+col > 0) ||
	    !['error', 'warning'].includes(sev) || !/^[EW]\d{4}$/.test(code))
		bad.push(line);
}
if (want > 0 && want === got && bad.length === 0)
	console.log(`ok vscode-problem-matcher (${got} diagnostics)`);
else
	console.log(`FAIL vscode-problem-matcher: ${got} matched of ${want}; bad: ${bad.slice(0, 2).join(' | ')}`);
