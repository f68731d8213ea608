/**
 * The installer configuration cannot be exercised here (electron-builder downloads Electron and
 * its NSIS/AppImage tools), so this checks what can be checked without packaging: the file passes
 * electron-builder's own loader and schema validation, it asks for the targets the product
 * promises, and the paths main/index.ts looks for at run time are the ones it packs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { repoRoot } from '../handlers/helpers';

const configFile = join(repoRoot, 'electron-builder.yml');
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

async function loadConfig(): Promise<Configuration> {
  return getConfig(repoRoot, configFile, null);
}

type TargetList = Array<{ target: string; arch: string[] }>;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await loadConfig();
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => undefined } as never),
    ).resolves.toBeUndefined();
  });

  it('builds a per-user Chinese NSIS installer with a desktop shortcut and a portable exe for Windows x64', async () => {
    const config = await loadConfig();
    expect(config.productName).toBe('工作群精简规划器');
    expect(config.win?.target as TargetList).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      createDesktopShortcut: 'always',
      installerLanguages: ['zh_CN'],
      language: '2052',
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds deb and AppImage for x64 and arm64 (信创 desktops)', async () => {
    const config = await loadConfig();
    expect(config.linux?.target as TargetList).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux?.desktop).toMatchObject({ entry: { Name: '工作群精简规划器' } });
  });

  it('packs what main/index.ts reads when packaged: the unpacked reader thread and the samples', async () => {
    const config = await loadConfig();
    const mainSource = readFileSync(join(repoRoot, 'main', 'index.ts'), 'utf8');
    expect(mainSource).toContain("'app.asar.unpacked$1'");
    expect(mainSource).toMatch(/join\(process\.resourcesPath, 'samples', SAMPLE_FILE\)/);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['out/main/roster-worker.js', 'out/main/chunks/**', 'node_modules/xlsx/**']),
    );
    expect(config.extraResources).toEqual([{ from: 'samples', to: 'samples', filter: ['示例-*'] }]);
    const sample = /const SAMPLE_FILE = '([^']+)'/.exec(mainSource)?.[1];
    expect(sample).toBe('示例-岳麓区.xlsx');
    expect(statSync(join(repoRoot, 'samples', sample ?? '')).isFile()).toBe(true);
    // getConfig normalises the list into one file set.
    const files = JSON.stringify(config.files);
    for (const dir of ['out/main/**', 'out/preload/**', 'out/renderer/**']) expect(files).toContain(dir);
    expect(packageJson.main).toBe('out/main/index.js');
  });

  it('has a 512×512 PNG icon', () => {
    const png = readFileSync(join(repoRoot, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('lists every package the main process loads at run time in "dependencies" (devDependencies are not packed)', () => {
    // main/ bundles its own code and core/, but leaves packages to node_modules in the app.
    const bare = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) {
          const source = readFileSync(path, 'utf8');
          for (const m of source.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'/gm)) {
            const spec = m[1] ?? '';
            if (spec.startsWith('node:')) continue;
            bare.add(
              spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec),
            );
          }
        }
      }
    };
    for (const dir of ['main', 'core']) walk(join(repoRoot, dir));
    const missing = [...bare].filter((p) => p !== 'electron' && !(p in packageJson.dependencies));
    expect(missing, `imported by ${relative(repoRoot, join(repoRoot, 'main'))}/ or core/`).toEqual([]);
    expect([...bare]).toEqual(expect.arrayContaining(['electron', 'exceljs', 'xlsx', 'zod']));
  });
});
