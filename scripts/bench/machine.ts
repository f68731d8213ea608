/** What the numbers were measured on, and how busy the machine was meanwhile. */
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  freeGb: number;
  node: string;
  exceljs: string;
  xlsx: string;
  load: [number, number, number];
}

function versionOf(root: string, name: string): string {
  try {
    // Read directly: xlsx is an alias (npm:@e965/xlsx) whose exports hide package.json.
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

export function machineInfo(root: string): MachineInfo {
  const c = cpus();
  const [a = 0, b = 0, d = 0] = loadavg();
  return {
    cpu: c[0]?.model.trim() ?? '?',
    cores: c.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeGb: Math.round(freemem() / 2 ** 30),
    node: process.version,
    exceljs: versionOf(root, 'exceljs'),
    xlsx: versionOf(root, 'xlsx'),
    load: [a, b, d].map((x) => Math.round(x * 100) / 100) as [number, number, number],
  };
}

export const loadText = (l: readonly number[]): string => l.map((x) => x.toFixed(2)).join(' / ');
