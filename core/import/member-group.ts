/**
 * Which group a 成员 row names: by 群编号, else by a 群名称 unique in the row's own file, else
 * unique in the whole roster. Each unknown or ambiguous value is reported once per sheet.
 */
import { rowPlaceText, type ImportContext } from './context';
import type { GroupDraft, GroupRegistry } from './rollup';
import type { RowReader } from './sheet-reader';
import { squeeze } from './text';

export class MemberGroupFinder {
  /** Built on first use: most 成员 sheets name groups by 群编号. */
  private nameIndex: Map<string, GroupDraft[]> | null = null;
  private readonly fileNameIndex = new Map<number, Map<string, GroupDraft[]>>();

  constructor(
    private readonly ctx: ImportContext,
    private readonly groups: GroupRegistry,
  ) {}

  private byName(fileIndex: number, name: string): GroupDraft[] | undefined {
    if (this.nameIndex === null) {
      this.nameIndex = new Map();
      for (const d of this.groups.drafts) {
        const key = squeeze(d.group.name);
        push(this.nameIndex, key, d);
        let perFile = this.fileNameIndex.get(d.ref.fileIndex);
        if (!perFile) this.fileNameIndex.set(d.ref.fileIndex, (perFile = new Map()));
        push(perFile, key, d);
      }
    }
    const key = squeeze(name);
    return this.fileNameIndex.get(fileIndex)?.get(key) ?? this.nameIndex.get(key);
  }

  /** The group a row names, or null (reported once per sheet and value). */
  find(
    reader: RowReader,
    code: string | null,
    name: string | null,
    cCode: number,
    cName: number,
  ): GroupDraft | null {
    if (code !== null) {
      const d = this.groups.byId.get(code);
      if (d) return d;
    }
    // A 群编号 that matches no group is an error even when the 群名称 would: the row contradicts itself.
    if (name !== null && code === null) {
      const found = this.byName(reader.ref.fileIndex, name);
      if (found && found.length === 1 && found[0]) return found[0];
      if (found && found.length > 1) {
        const places = found
          .map((d) => `${rowPlaceText({ file: d.ref.file, sheet: d.ref.sheet, row: d.row })}`)
          .join('；');
        this.ctx.once(
          'error',
          'MEMBER_GROUP_AMBIGUOUS',
          `${code ?? ''}\u0000${name}`,
          reader.place(cName),
          (n) =>
            `群名称“${name}”对应多个群（${places}），无法确定成员所在的群，请填写群编号${n > 1 ? `（本表共 ${n} 行）` : ''}。`,
        );
        return null;
      }
    }
    if (code === null && name === null) {
      reader.error('CELL_REQUIRED', cCode >= 0 ? cCode : cName, '成员所在群的群编号（或群名称）未填写。');
      return null;
    }
    const what = code !== null ? `群编号“${code}”` : `群名称“${name ?? ''}”`;
    this.ctx.once(
      'error',
      'MEMBER_UNKNOWN_GROUP',
      `${code ?? ''}\u0000${name ?? ''}`,
      reader.place(code !== null ? cCode : cName),
      (n) => `${what}在工作群表中找不到${n > 1 ? `（本表共 ${n} 行）` : ''}。请核对群编号或群名称。`,
    );
    return null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
