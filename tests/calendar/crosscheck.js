#!/usr/bin/env node
// crosscheck.js — compare reglc's Kazakhstan calendar with an independent
// implementation, the npm package date-holidays (country KZ).
//
//   node crosscheck.js DUMP [KZCAL]
//
// DUMP is the output of build/tests/cal_dump ("YYYY-MM-DD KIND reason" per
// line, "-" for standard input); KZCAL is data/kz.cal (default: ../../data/
// kz.cal from here), read for its "years" line and its "# differs: DATE WHY"
// comments.
//
// Contract: for every day of the covered years, the day is "off" for reglc
// when its kind is holiday, moved-off or transfer-off, and "off" for
// date-holidays when it lists the day as a public holiday (substitute days
// included).  Every date where the two disagree is printed with both views.
// The exit status is 0 only when every disagreement has a "differs:" line in
// kz.cal and every "differs:" line names a date that still disagrees (so the
// explanations cannot go stale); otherwise it is 1, and 2 on bad input.
'use strict'

const fs = require('fs')
const path = require('path')
const Holidays = require('date-holidays')

const OFF = new Set(['holiday', 'moved-off', 'transfer-off'])

function die (msg) {
  console.error(`crosscheck: ${msg}`)
  process.exit(2)
}

// The "years" line and the "differs:" explanations of kz.cal.
function readKzCal (file) {
  const text = fs.readFileSync(file, 'utf8')
  let years = null
  const explained = new Map()
  text.split('\n').forEach((line, i) => {
    const y = /^years\s+(\d{1,4})\s+(\d{1,4})\s*(#.*)?$/.exec(line)
    if (y) years = [Number(y[1]), Number(y[2])]
    const d = /^#\s*differs:\s*(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(line)
    if (d) {
      if (explained.has(d[1])) die(`${file}:${i + 1}: ${d[1]} is explained twice`)
      explained.set(d[1], { why: d[2].trim(), line: i + 1 })
    }
  })
  if (!years) die(`${file}: no "years" line`)
  return { years, explained }
}

// reglc's view: date -> { kind, why } for the days the dump lists.
function readDump (file) {
  const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8')
  const days = new Map()
  for (const line of text.split('\n')) {
    if (line === '') continue
    const m = /^(\d{4}-\d{2}-\d{2}) ([a-z-]+)(?: (.*))?$/.exec(line)
    if (!m) die(`unexpected line in the dump: ${line}`)
    days.set(m[1], { kind: m[2], why: m[3] || '' })
  }
  return days
}

// date-holidays' view: date -> names of its public holidays that day.
function theirHolidays (years) {
  const hd = new Holidays('KZ')
  const days = new Map()
  for (let y = years[0]; y <= years[1]; y++) {
    for (const h of hd.getHolidays(y)) {
      if (h.type !== 'public') continue
      const date = h.date.slice(0, 10) // local date, before any offset
      if (!days.has(date)) days.set(date, [])
      days.get(date).push(h.name)
    }
  }
  return days
}

function main () {
  const args = process.argv.slice(2)
  if (args.length < 1 || args.length > 2) die('usage: node crosscheck.js DUMP [KZCAL]')
  const kzcal = args[1] || path.join(__dirname, '..', '..', 'data', 'kz.cal')
  const { years, explained } = readKzCal(kzcal)
  const ours = readDump(args[0])
  const theirs = theirHolidays(years)

  if (ours.size === 0) die('the dump is empty')
  const dates = new Set([...theirs.keys()])
  for (const [date, d] of ours) if (OFF.has(d.kind)) dates.add(date)

  let unexplained = 0
  let agreed = 0
  const seen = new Set()
  for (const date of [...dates].sort()) {
    const y = Number(date.slice(0, 4))
    if (y < years[0] || y > years[1]) continue
    const o = ours.get(date)
    const weOff = o !== undefined && OFF.has(o.kind)
    const theyOff = theirs.has(date)
    if (weOff === theyOff) {
      agreed++
      continue
    }
    seen.add(date)
    const we = o ? `${o.kind} (${o.why})` : 'working or weekend'
    const they = theyOff ? `public holiday (${theirs.get(date).join('; ')})` : 'not a holiday'
    const e = explained.get(date)
    if (e) {
      console.log(`explained ${date}: reglc ${we}; date-holidays ${they}`)
      console.log(`    kz.cal:${e.line}: ${e.why}`)
    } else {
      unexplained++
      console.log(`UNEXPLAINED ${date}: reglc ${we}; date-holidays ${they}`)
    }
  }
  let stale = 0
  for (const [date, e] of explained) {
    if (seen.has(date)) continue
    stale++
    console.log(`STALE kz.cal:${e.line}: "differs: ${date}" but the calendars agree on that day`)
  }
  console.log(`${years[0]}-${years[1]}: ${agreed} days off agreed, ${seen.size} disagreements ` +
    `(${seen.size - unexplained} explained, ${unexplained} unexplained), ${stale} stale explanations`)
  process.exit(unexplained || stale ? 1 : 0)
}

main()
