import { describe, expect, it, vi } from 'vitest';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type { HostHandlers } from '../../../main/handlers/index';
import { dispatchInvoke, isInvokeChannel, isTrustedSender } from '../../../main/ipc-dispatch';
import { INVOKE_CHANNELS, type HostResult } from '../../../preload/contract';

describe('the sender check', () => {
  it.each([
    ['app://planner/index.html', true, true],
    ['app://planner/', true, true],
    ['app://planner/index.html#/board', true, true],
    ['app://planner/index.html', false, false],
    ['app://evil/index.html', true, false],
    ['app://planner.evil/index.html', true, false],
    ['app://user:pw@planner/index.html', true, false],
    ['http://planner/index.html', true, false],
    ['file:///C:/app/index.html', true, false],
    ['https://example.com/', true, false],
    ['about:blank', true, false],
    ['data:text/html,<p>x</p>', true, false],
    ['', true, false],
    ['not a url', true, false],
  ])('%j (top-level: %s) → %s', (url, isMainFrame, trusted) => {
    expect(isTrustedSender({ url, isMainFrame })).toBe(trusted);
  });

  it('rejects a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('checks against another origin when given one (the browser harness)', () => {
    expect(
      isTrustedSender({ url: 'http://127.0.0.1:4173/', isMainFrame: true }, 'http://127.0.0.1:4173'),
    ).toBe(true);
    expect(
      isTrustedSender({ url: 'http://127.0.0.1:4174/', isMainFrame: true }, 'http://127.0.0.1:4173'),
    ).toBe(false);
    expect(isTrustedSender({ url: 'app://planner/', isMainFrame: true }, 'http://127.0.0.1:4173')).toBe(
      false,
    );
  });
});

function stubHandlers(): HostHandlers & { seen: unknown[][] } {
  const seen: unknown[][] = [];
  const answer =
    (value: unknown) =>
    (...args: unknown[]): Promise<HostResult<never>> => {
      seen.push(args);
      return Promise.resolve({ ok: true, value } as unknown as HostResult<never>);
    };
  return {
    seen,
    pickRosterFiles: answer(null),
    openSample: answer('sample'),
    analyzeImport: answer('analysed'),
    analyzeSheet: answer('sheet'),
    sheetRows: answer('rows'),
    importRoster: answer('imported'),
    closeImport: answer(null),
    exportProblemRows: answer(null),
    saveTemplate: answer(null),
    exportReport: answer(null),
    printReport: answer(true),
    saveReportPdf: answer(null),
    appInfo: answer('info'),
  };
}

const importRequest = {
  choices: [],
  savedMappings: [],
  cellEdits: [],
  excludedRows: [],
  policy: YUELU_POLICY,
};
const badArguments = {
  ok: false,
  problem: expect.objectContaining({ code: 'IPC_BAD_ARGUMENTS', level: 'error' }),
};

describe('dispatchInvoke', () => {
  it('knows exactly the contract channels', () => {
    for (const c of INVOKE_CHANNELS) expect(isInvokeChannel(c)).toBe(true);
    for (const c of ['', 'onMenuCommand', 'menu-command', '__proto__', 'constructor', 42, null]) {
      expect(isInvokeChannel(c)).toBe(false);
    }
  });

  it('calls the handler with validated arguments', async () => {
    const h = stubHandlers();
    expect(await dispatchInvoke(h, 'openSample', [])).toEqual({ ok: true, value: 'sample' });
    expect(await dispatchInvoke(h, 'importRoster', ['abc-123', importRequest])).toEqual({
      ok: true,
      value: 'imported',
    });
    expect(h.seen[1]?.[0]).toBe('abc-123');
    // The handler gets the parsed copy, not the caller's object.
    expect(h.seen[1]?.[1]).not.toBe(importRequest);
    expect(h.seen[1]?.[1]).toEqual(importRequest);
  });

  it.each([
    ['an unknown channel', 'deleteEverything', []],
    ['a prototype key as channel', '__proto__', []],
    ['arguments that are not an array', 'openSample', 'x'],
    ['an extra argument', 'appInfo', [1]],
    ['a missing argument', 'analyzeImport', ['abc']],
    ['a number as session id', 'closeImport', [7]],
    ['a path as session id', 'closeImport', ['../../secret']],
    ['an over-long session id', 'closeImport', ['a'.repeat(65)]],
    ['an unknown key in the request', 'importRoster', ['abc', { ...importRequest, extra: 1 }]],
    ['a wrong policy', 'importRoster', ['abc', { ...importRequest, policy: { name: '' } }]],
    [
      'a negative row',
      'importRoster',
      ['abc', { ...importRequest, excludedRows: [{ file: 'a', sheet: 'b', row: -1 }] }],
    ],
    ['a problem with an unknown code', 'exportProblemRows', ['abc', [{ code: 'NOPE' }]]],
    ['too many rows at once', 'sheetRows', ['abc', { file: 'a', sheet: 'b', firstRow: 1, count: 201 }]],
    [
      'an unknown sheet kind',
      'analyzeSheet',
      ['abc', { file: 'a', sheet: 'b', kind: 'people', headerRow: 1, savedMappings: [] }],
    ],
    ['a report without a roster', 'exportReport', [{ suggestedName: 'x' }]],
  ])('rejects %s with IPC_BAD_ARGUMENTS, without calling a handler', async (_what, channel, args) => {
    const h = stubHandlers();
    const result = await dispatchInvoke(h, channel, args);
    expect(result).toEqual(badArguments);
    expect(h.seen).toEqual([]);
    if (!result.ok) {
      expect(result.problem.message).toContain('请求格式不对');
      expect(result.problem.detail?.length).toBeGreaterThan(0);
    }
  });

  it('names the step in the message', async () => {
    const result = await dispatchInvoke(stubHandlers(), 'exportReport', [{}]);
    expect(!result.ok && result.problem.message).toContain('“导出报告”');
  });

  it('turns a handler that throws into INTERNAL_ERROR (the last guard before IPC)', async () => {
    const h = stubHandlers();
    h.appInfo = vi.fn(() => Promise.reject(new Error('boom')));
    expect(await dispatchInvoke(h, 'appInfo', [])).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: 'INTERNAL_ERROR', detail: 'Error: boom' }),
    });
  });
});
