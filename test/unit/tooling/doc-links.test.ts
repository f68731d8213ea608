/**
 * The README and docs/ link screenshots and files by relative path; a renamed screenshot or doc
 * would leave a dead link that nobody notices on GitHub's rendering of a fresh clone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../handlers/helpers';

const docs = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('relative links in the README and docs/', () => {
  it.each(docs)('%s links only to files that exist', (doc) => {
    const text = readFileSync(join(repoRoot, doc), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1] ?? '')
      .filter((t) => !/^[a-z]+:/i.test(t));
    const dead = targets.filter((t) => !existsSync(join(repoRoot, dirname(doc), decodeURI(t))));
    expect(dead).toEqual([]);
  });

  it('the README shows the dashboard, the comparison and the printed report', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const shot of ['dashboard.png', 'compare.png', 'report-pdf-page1.png', 'board-overview.png']) {
      expect(readme).toContain(`docs/screenshots/${shot}`);
    }
  });
});
