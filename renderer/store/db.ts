/**
 * The workspace database (IndexedDB through Dexie). The schema is versioned: each entry of
 * SCHEMA_VERSIONS is one version with its stores and, when existing rows must change, an
 * upgrade function. Never edit a released version: add the next one (and a test that opens a
 * database populated at the previous version — test/dom/store/upgrade.test.ts).
 *
 * Version 1: the tables of records.ts.
 * Version 2: plans get `lastOpenedAt` (indexed; recent plans sort by it), filled from updatedAt.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type {
  CreatedRow,
  DecisionRow,
  GroupEditRow,
  HistoryRow,
  MappingRow,
  PlanRecord,
  RemovalRow,
  RosterDataRow,
  RosterRecord,
  SettingRow,
  ViewRow,
} from './records';

/** The database name in the app's origin (app://): it must never change, or clerks lose their data. */
export const DB_NAME = 'qun-jingjian-planner';

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      rosters: 'id, updatedAt',
      rosterData: 'id',
      plans: 'id, rosterId, updatedAt',
      decisions: '[planId+groupId], planId',
      created: '[planId+id], planId',
      removals: '[planId+key], planId',
      groupEdits: '[planId+groupId], planId',
      history: '[planId+seq], planId',
      views: 'planId',
      settings: 'key',
      mappings: 'signature',
    },
  },
  {
    version: 2,
    stores: { plans: 'id, rosterId, updatedAt, lastOpenedAt' },
    upgrade: async (tx) => {
      await tx
        .table('plans')
        .toCollection()
        .modify((plan: { updatedAt?: unknown; lastOpenedAt?: unknown }) => {
          if (typeof plan.lastOpenedAt !== 'number')
            plan.lastOpenedAt = typeof plan.updatedAt === 'number' ? plan.updatedAt : 0;
        });
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;

export class PlannerDb extends Dexie {
  declare readonly rosters: Table<RosterRecord, string>;
  declare readonly rosterData: Table<RosterDataRow, string>;
  declare readonly plans: Table<PlanRecord, string>;
  declare readonly decisions: Table<DecisionRow, [string, string]>;
  declare readonly created: Table<CreatedRow, [string, string]>;
  declare readonly removals: Table<RemovalRow, [string, string]>;
  declare readonly groupEdits: Table<GroupEditRow, [string, string]>;
  declare readonly history: Table<HistoryRow, [string, number]>;
  declare readonly views: Table<ViewRow, string>;
  declare readonly settings: Table<SettingRow, string>;
  declare readonly mappings: Table<MappingRow, string>;

  /**
   * `upTo` declares only the first versions of the schema: the upgrade test uses it to build a
   * database as an older release of the app left it.
   */
  constructor(name: string = DB_NAME, options: { upTo?: number; indexedDB?: IDBFactory } = {}) {
    super(name, options.indexedDB ? { indexedDB: options.indexedDB } : undefined);
    const upTo = options.upTo ?? CURRENT_SCHEMA_VERSION;
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }

  /** The per-plan entry tables, written together by every edit. */
  planEntryTables(): Table[] {
    return [this.decisions, this.created, this.removals, this.groupEdits, this.history, this.plans];
  }
}
