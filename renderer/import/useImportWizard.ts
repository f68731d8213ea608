/**
 * The wizard's state (model/wizard.ts) and its conversations with the host: reading the chosen
 * files, reading a sheet again, checking the import, fetching rows for context, exporting the
 * problem rows, and finally creating the plan. Every host call goes through hostCall (a failure
 * becomes a toast) and store.busy (the shell shows what is going on); the session is closed
 * whenever the wizard is left.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SheetKind } from '../../core/import/fields';
import type { CellEdit, RowRef } from '../../core/import/types';
import { todayInShanghai } from '../../core/dates';
import type { SheetRows } from '../../preload/contract';
import { useStore } from '../store/context';
import { hostCall } from '../store/host';
import { planDate, type FinishForm } from './model/finish';
import { importRequest, mappingsToRemember } from './model/request';
import * as W from './model/wizard';

export interface WizardActions {
  pickFiles(): Promise<void>;
  setFileSkipped(file: string, skipped: boolean): void;
  setSheetKind(ref: W.SheetRef, kind: SheetKind | null): Promise<void>;
  setHeaderRow(ref: W.SheetRef, row: number): Promise<void>;
  setColumnField(ref: W.SheetRef, column: number, field: string | null): void;
  goTo(step: W.WizardStep): Promise<void>;
  runCheck(): Promise<void>;
  editCell(edit: CellEdit): void;
  undoCellEdit(cell: Omit<CellEdit, 'value'>): void;
  setRowExcluded(ref: RowRef, excluded: boolean): void;
  confirmWarnings(confirmed: boolean): void;
  exportProblems(): Promise<void>;
  loadRows(ref: W.SheetRef, firstRow: number, count: number): Promise<SheetRows | null>;
  createPlan(form: FinishForm): Promise<boolean>;
  leave(): void;
}

export function useImportWizard(): { state: W.WizardState; actions: WizardActions; today: string } {
  const store = useStore();
  const [state, setState] = useState<W.WizardState>(W.emptyWizard);
  const latest = useRef(state);
  const sessionRef = useRef<string | null>(null);
  const checking = useRef<number | null>(null);
  const today = useMemo(() => todayInShanghai(), []);

  const update = useCallback((change: (s: W.WizardState) => W.WizardState) => {
    const next = change(latest.current);
    latest.current = next;
    setState(next);
  }, []);

  const closeSession = useCallback(
    (id: string | null) => {
      if (id === null) return;
      if (sessionRef.current === id) sessionRef.current = null;
      void store.api?.closeImport(id).catch(() => undefined);
    },
    [store],
  );

  // Leaving the screen any way (top bar, menu) frees the host's copy of the files.
  useEffect(() => () => closeSession(sessionRef.current), [closeSession]);

  const actions = useMemo<WizardActions>(() => {
    const sessionId = () => latest.current.sessionId;

    const runCheck = async (): Promise<void> => {
      const s = latest.current;
      const id = s.sessionId;
      if (id === null || checking.current === s.revision) return;
      checking.current = s.revision;
      try {
        const snap = store.getSnapshot();
        const request = importRequest(s, snap.mappings, snap.defaultPolicy);
        const result = await store.busy('正在检查名单…', () =>
          hostCall(store, (api) => api.importRoster(id, request)),
        );
        if (result) update((now) => W.applyResult(now, s.revision, result));
      } finally {
        checking.current = null;
      }
    };

    const reanalyse = async (
      ref: W.SheetRef,
      kind: SheetKind,
      headerRow: number | null,
      kindChosen: boolean,
    ): Promise<void> => {
      const id = sessionId();
      if (id === null) return;
      const savedMappings = store.getSnapshot().mappings;
      const analysis = await store.busy('正在分析工作表…', () =>
        hostCall(store, (api) =>
          api.analyzeSheet(id, { file: ref.file, sheet: ref.sheet, kind, headerRow, savedMappings }),
        ),
      );
      if (analysis) update((s) => W.applySheetAnalysis(s, ref, analysis, { kindChosen }));
    };

    return {
      async pickFiles() {
        const picked = await store.busy('正在读取名单文件…', async () => {
          const session = await hostCall(store, (api) => api.pickRosterFiles());
          if (!session) return null;
          const mappings = store.getSnapshot().mappings;
          if (mappings.length === 0 || !session.files.some((f) => f.ok)) return session;
          // The first reading knows nothing of remembered mappings; read again with them.
          return (await hostCall(store, (api) => api.analyzeImport(session.sessionId, mappings))) ?? session;
        });
        if (!picked) return;
        closeSession(sessionRef.current);
        sessionRef.current = picked.sessionId;
        update(() => W.wizardFromSession(picked));
      },
      setFileSkipped(file, skipped) {
        update((s) => W.setFileSkipped(s, file, skipped));
      },
      async setSheetKind(ref, kind) {
        const sheet = W.findSheet(latest.current, ref);
        if (!sheet) return;
        if (kind !== null && W.kindNeedsAnalysis(sheet, kind)) {
          await reanalyse(ref, kind, sheet.headerRow, true);
        } else {
          update((s) => W.setSheetKind(s, ref, kind));
        }
      },
      async setHeaderRow(ref, row) {
        const sheet = W.findSheet(latest.current, ref);
        if (!sheet || sheet.kind === null || sheet.headerRow === row) return;
        await reanalyse(ref, sheet.kind, row, sheet.kindChosen);
      },
      setColumnField(ref, column, field) {
        update((s) => W.setColumnField(s, ref, column, field));
      },
      async goTo(step) {
        const s = latest.current;
        // Confirming 列对应 remembers it for the next file with the same headers.
        const forward = W.WIZARD_STEPS.indexOf(step) > W.WIZARD_STEPS.indexOf('mapping');
        if (s.step === 'mapping' && forward) await store.saveMappings(mappingsToRemember(s));
        update((now) => W.goTo(now, step));
      },
      runCheck,
      editCell(edit) {
        update((s) => W.addCellEdit(s, edit));
      },
      undoCellEdit(cell) {
        update((s) => W.removeCellEdit(s, cell));
      },
      setRowExcluded(ref, excluded) {
        update((s) => W.setRowExcluded(s, ref, excluded));
      },
      confirmWarnings(confirmed) {
        update((s) => W.confirmWarnings(s, confirmed));
      },
      async exportProblems() {
        const id = sessionId();
        const problems = latest.current.result?.problems;
        if (id === null || !problems) return;
        const saved = await store.busy('正在导出问题行…', () =>
          hostCall(store, (api) => api.exportProblemRows(id, problems)),
        );
        if (saved) store.toast('success', `问题清单已保存：${saved.path}`);
      },
      async loadRows(ref, firstRow, count) {
        const id = sessionId();
        if (id === null) return null;
        return hostCall(store, (api) =>
          api.sheetRows(id, { file: ref.file, sheet: ref.sheet, firstRow, count }),
        );
      },
      async createPlan(form) {
        const s = latest.current;
        const roster = s.result?.roster;
        if (!roster) return false;
        const policy = store.getSnapshot().defaultPolicy;
        const asOf = planDate(form.asOf);
        if (asOf === null) return false;
        const ids = await store.busy('正在创建方案…', () =>
          store.createPlanFromRoster(roster, policy, asOf, form.planName.trim(), {
            rosterName: form.rosterName.trim(),
          }),
        );
        if (!ids) return false;
        closeSession(s.sessionId);
        store.toast('success', `已导入名单“${form.rosterName.trim()}”，并创建了${form.planName.trim()}。`);
        return true;
      },
      leave() {
        closeSession(sessionRef.current);
        update(() => W.emptyWizard());
        store.setScreen('start');
      },
    };
  }, [store, update, closeSession]);

  // The check runs whenever 检查 is shown for choices not yet checked.
  useEffect(() => {
    if (state.step === 'check' && state.result === null && state.sessionId !== null) void actions.runCheck();
  }, [state.step, state.result, state.sessionId, state.revision, actions]);

  return { state, actions, today };
}
