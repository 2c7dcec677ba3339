// tokenize.js — tokenizes .regl files with the real TextMate engine of VS Code
// (vscode-textmate + vscode-oniguruma) and editors/vscode's grammar, and
// checks the scopes against a small scanner that follows grammar/regl.l:
// keywords, strings, comments, numbers, units (a name after a number on the
// same line), labels and actor ids.  Prints "ok NAME" / "FAIL NAME: why".
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const onig = require('vscode-oniguruma');

const grammarPath = path.join(__dirname, '../../editors/vscode/syntaxes/regl.tmLanguage.json');
const wasm = fs.readFileSync(path.join(__dirname, 'node_modules/vscode-oniguruma/release/onig.wasm'));
const onigLib = onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength))
	.then(() => ({
		createOnigScanner: (p) => new onig.OnigScanner(p),
		createOnigString: (s) => new onig.OnigString(s),
	}));
const registry = new vsctm.Registry({
	onigLib,
	loadGrammar: async (scope) => scope === 'source.regl'
		? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
});

const KEYWORDS = new Set(['regulation', 'actor', 'route', 'term', 'use', 'stated', 'end',
	'if', 'yes', 'no', 'within', 'automatic', 'goto', 'max', 'unchecked', 'silent',
	'appendix', 'part', 'column', 'box', 'mark', 'participants', 'unnamed']);
const ID = /^[\p{L}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}_])?/u;

// The tokens of one line, as the scanner sees them (UTF-16 indices).
function lex(line) {
	const out = [];
	let i = 0;
	while (i < line.length) {
		const c = line[i];
		let m;
		if (c === ' ' || c === '\t') { i++; continue; }
		if (c === '#') { out.push({ k: 'comment', a: i, b: line.length }); break; }
		if (c === '"') {
			let j = i + 1;
			while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
			j = Math.min(j + 1, line.length);
			out.push({ k: 'string', a: i, b: j });
			i = j;
		} else if ((m = /^[0-9]+/.exec(line.slice(i)))) {
			out.push({ k: 'number', a: i, b: i + m[0].length });
			i += m[0].length;
		} else if ((m = ID.exec(line.slice(i)))) {
			out.push({ k: 'id', a: i, b: i + m[0].length, s: m[0] });
			i += m[0].length;
		} else {
			const p = ['..', '->', '<='].find((q) => line.startsWith(q, i)) || c;
			out.push({ k: 'punct', a: i, b: i + p.length, s: p });
			i += p.length;
		}
	}
	return out;
}

function scopesAt(tokens, pos) {
	const t = tokens.find((x) => x.startIndex <= pos && pos < x.endIndex);
	return t ? t.scopes : [];
}

async function main() {
	const grammar = await registry.loadGrammar('source.regl');
	let failed = 0;
	for (const file of process.argv.slice(2)) {
		const name = path.basename(file);
		const counts = {};
		const bad = {};
		const expect = (what, ok, where) => {
			counts[what] = (counts[what] || 0) + 1;
			if (!ok) (bad[what] = bad[what] || []).push(where);
		};
		let stack = vsctm.INITIAL;
		const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
		lines.forEach((line, n) => {
			const r = grammar.tokenizeLine(line, stack);
			stack = r.ruleStack;
			const has = (pos, prefix) => scopesAt(r.tokens, pos).some((s) => s.startsWith(prefix));
			const toks = lex(line);
			toks.forEach((t, k) => {
				const where = `${n + 1}:${t.a + 1} ${line.slice(t.a, t.b)} [${scopesAt(r.tokens, t.a).join(' ')}]`;
				const prev = toks[k - 1], next = toks[k + 1];
				if (t.k === 'comment') expect('comment', has(t.a, 'comment.line.number-sign'), where);
				if (t.k === 'string')
					expect('string', has(t.a, 'string.quoted.double') && has(t.b - 1, 'string.quoted.double'), where);
				if (t.k === 'number') expect('number', has(t.a, 'constant.numeric'), where);
				if (t.k !== 'id') return;
				if (prev && prev.k === 'number') {
					expect('unit', has(t.a, 'keyword.other.unit'), where);
				} else if (KEYWORDS.has(t.s)) {
					expect('keyword', has(t.a, 'keyword.control'), where);
				} else if (t.s === 'ru') {
					expect('keyword', has(t.a, 'keyword.other'), where);
				} else if (k === 0 && next && next.s === ':' && /^\s/.test(line)) {
					expect('label', has(t.a, 'entity.name.function'), where);
				} else if (prev && prev.s === 'actor') {
					expect('actor', has(t.a, 'variable.other.actor'), where);
				} else if (next && next.k === 'string' &&
					   (k === 0 || (k === 2 && prev.s === ':') || (prev && (prev.s === 'if' || prev.s === 'unnamed')))) {
					expect('actor', has(t.a, 'variable.other.actor'), where);
				}
			});
		});
		for (const what of ['comment', 'string', 'keyword', 'number', 'unit', 'label', 'actor']) {
			if (!counts[what]) continue;
			if (bad[what]) {
				failed++;
				console.log(`FAIL textmate-${what}-${name}: ${bad[what].length} of ${counts[what]} wrong, first: ${bad[what].slice(0, 3).join('; ')}`);
			} else {
				console.log(`ok textmate-${what}-${name} (${counts[what]})`);
			}
		}
	}
	process.exit(failed ? 1 : 0);
}
main().catch((e) => { console.log(`FAIL textmate: ${e.stack || e}`); process.exit(1); });
