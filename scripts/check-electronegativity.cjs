#!/usr/bin/env node
/**
 * Reads the CSV that electronegativity writes (it exits 0 whatever it finds) and fails when it
 * holds a HIGH or MEDIUM finding other than PRELOAD_JS_CHECK, which it raises for any app that
 * has a preload at all. Every finding is printed; docs/security.md explains the ones that stay.
 *
 * The tool writes its CSV header and its rows with two concurrent fs.writeFile calls (one
 * truncating, one appending), so a run can leave a garbled or header-only file. .ci/run runs it
 * with UV_THREADPOOL_SIZE=1, which orders the two writes; this script still checks every row and
 * requires the PRELOAD_JS_CHECK finding the app always produces, so a damaged file fails loudly
 * instead of passing as "no findings".
 *
 * Usage: node scripts/check-electronegativity.cjs findings.csv
 */
const { readFileSync } = require('node:fs');

/** Accepted whatever their severity: see docs/security.md. */
const ACCEPTED = new Set(['PRELOAD_JS_CHECK']);
const BLOCKING = new Set(['HIGH', 'MEDIUM']);

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const SEVERITIES = new Set(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']);
/** A finding that is always there: this app has a preload. */
const ALWAYS = 'PRELOAD_JS_CHECK';

/** The findings as objects keyed by the header's column names (issue, severity, confidence, …). */
function readFindings(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('the findings file is empty (did the scanner run?)');
  const names = header.map((h) => h.trim().toLowerCase());
  for (const need of ['issue', 'severity', 'filename', 'location']) {
    if (!names.includes(need))
      throw new Error(`the findings file has no "${need}" column: ${header.join(',')}`);
  }
  const findings = rows.map((r, i) => {
    const f = Object.fromEntries(names.map((n, j) => [n, (r[j] ?? '').trim()]));
    if (
      r.length !== names.length ||
      !/^[A-Z0-9_]+$/.test(f.issue) ||
      !SEVERITIES.has(f.severity.toUpperCase())
    ) {
      throw new Error(`row ${i + 2} of the findings file is garbled: ${r.join(',').slice(0, 200)}`);
    }
    return f;
  });
  if (!findings.some((f) => f.issue === ALWAYS)) {
    throw new Error(`no ${ALWAYS} finding: the findings file looks truncated (or the scan missed main/)`);
  }
  return findings;
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/check-electronegativity.cjs findings.csv');
    return 2;
  }
  let findings;
  try {
    findings = readFindings(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`electronegativity: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const blocking = [];
  for (const f of findings) {
    const severity = f.severity.toUpperCase();
    const isBlocking = BLOCKING.has(severity) && !ACCEPTED.has(f.issue);
    if (isBlocking) blocking.push(f);
    const mark = isBlocking ? 'FAIL' : 'ok  ';
    console.log(
      `${mark} ${f.issue} [${severity}/${f.confidence ?? ''}] ${f.filename}:${f.location} ${f.sample ?? ''}`,
    );
  }
  console.log(
    `electronegativity: ${findings.length} finding(s), ${blocking.length} blocking (HIGH or MEDIUM other than ${[...ACCEPTED].join(', ')})`,
  );
  return blocking.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main();

module.exports = { parseCsv, readFindings };
