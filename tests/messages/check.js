// check.js — the message catalogues are complete and consistent.
//
//   node tests/messages/check.js            "ok NAME" / "FAIL NAME: why" lines
//   node tests/messages/check.js --list     the English formats, one a line
//
// Extracts every format passed as a literal to diag_emit, diag_note,
// diag_hint, sema's emit, msg_tr, N_, FRAG (a fragment: msg.h) and the
// phrase parser's ph_err and
// ph_err_at (its reasons go into a message) in src/*.c, src/*.h and
// grammar/*.y|*.l (adjacent literals concatenated, as the C compiler
// does), and the summaries of the DIAG_CODES table; then checks that
// data/messages.kk and data/messages.ru translate each one, with the same
// printf conversions in the same order, and hold no stale entries.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const files = [];
for (const [dir, re] of [['src', /\.[ch]$/], ['grammar', /\.[yl]$/]])
	for (const f of fs.readdirSync(path.join(root, dir)).sort())
		if (re.test(f)) files.push(path.join(dir, f));

// The literal(s) starting at text[i] (a `"`), concatenated; raw escapes kept.
function literals(text, i) {
	let out = '';
	for (;;) {
		if (text[i] !== '"') return null;
		let j = i + 1;
		while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
		out += text.slice(i + 1, j);
		i = j + 1;
		while (/\s/.test(text[i] || '')) i++;
		if (text[i] !== '"') return { s: out, end: i };
	}
}

// The arguments of the call whose `(` is at text[i], split at top-level commas.
function args(text, i) {
	const res = [];
	let depth = 0, start = i + 1;
	for (let j = i; j < text.length; j++) {
		const c = text[j];
		if (c === '"' || c === "'") {
			j++;
			while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
		} else if (c === '(') depth++;
		else if (c === ')') {
			if (--depth === 0) { res.push(text.slice(start, j)); return res; }
		} else if (c === ',' && depth === 1) {
			res.push(text.slice(start, j));
			start = j + 1;
		}
	}
	return res;
}

const formats = new Map(); // format -> first place
const call = /\b(diag_emit|diag_note|diag_hint|emit|msg_tr|N_|FRAG|ph_err|ph_err_at)\s*\(/g;
for (const f of files) {
	const text = fs.readFileSync(path.join(root, f), 'utf8');
	let m;
	while ((m = call.exec(text))) {
		for (const a of args(text, m.index + m[0].length - 1)) {
			const t = a.trim();
			if (t[0] !== '"') continue;
			const lit = literals(t, 0);
			if (lit && lit.s !== '%s' && !formats.has(lit.s)) {
				const line = text.slice(0, m.index).split('\n').length;
				formats.set(lit.s, `${f}:${line}`);
			}
			break;
		}
	}
	const codes = /X\(D_\w+, "\w+", DIAG_\w+, ("(?:[^"\\]|\\.)*")\)/g;
	while ((m = codes.exec(text))) {
		const lit = literals(m[1], 0);
		if (!formats.has(lit.s)) formats.set(lit.s, `${f} (code summary)`);
	}
}

if (process.argv[2] === '--list') {
	for (const s of formats.keys()) console.log(s);
	process.exit(0);
}

// printf conversions in order (on the raw text: escapes do not make `%`).
function conversions(s) {
	const re = /%(%|[-+ #0]*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcspn])/g;
	return (s.match(re) || []).filter((c) => c !== '%%').join(' ');
}

function load(lang) {
	const p = path.join(root, 'data', 'messages.' + lang);
	const map = new Map();
	let id = null, n = 0;
	for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
		n++;
		const m = /^(msgid|msgstr) "(.*)"$/.exec(line);
		if (!m) continue;
		if (m[1] === 'msgid') id = m[2];
		else if (id !== null) {
			if (map.has(id)) console.log(`FAIL ${lang}-duplicate: line ${n}: "${id}" twice`);
			map.set(id, m[2]);
			id = null;
		}
	}
	return map;
}

console.log(formats.size > 40 ? 'ok extracted' : `FAIL extracted: only ${formats.size} formats found`);
for (const lang of ['kk', 'ru']) {
	const cat = load(lang);
	let missing = 0, bad = 0, untranslated = 0;
	for (const [s, where] of formats) {
		if (!cat.has(s)) {
			console.log(`FAIL ${lang}-missing: "${s}" (${where}) is not in data/messages.${lang}`);
			missing++;
			continue;
		}
		const t = cat.get(s);
		if (t === '' || t === s) {
			console.log(`FAIL ${lang}-untranslated: "${s}" (${where})`);
			untranslated++;
		} else if (conversions(t) !== conversions(s)) {
			console.log(`FAIL ${lang}-conversions: "${s}" has [${conversions(s)}], ` +
				`the translation [${conversions(t)}]`);
			bad++;
		}
	}
	if (!missing) console.log(`ok ${lang}-complete`);
	if (!untranslated) console.log(`ok ${lang}-translated`);
	if (!bad) console.log(`ok ${lang}-conversions`);
	const stale = [...cat.keys()].filter((s) => !formats.has(s));
	for (const s of stale) console.log(`FAIL ${lang}-stale: "${s}" is no longer in the code`);
	if (!stale.length) console.log(`ok ${lang}-no-stale`);
}
