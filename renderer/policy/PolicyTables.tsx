/** The policy form's tables: quota tiers, reclassify words, platform caps. */
import { UNIT_TYPE_LABELS, type NonWorkCategory, type UnitType } from '../../core/roster/model';
import { CellInput, FieldError } from '../components/Field';
import {
  NON_WORK_CATEGORIES,
  UNIT_TYPES,
  type CapRow,
  type FormErrors,
  type TierRow,
  type WordRow,
} from '../model/policy-form';

interface RowsProps<T> {
  rows: T[];
  errors: FormErrors;
  onChange: (rows: T[]) => void;
}

function replace<T>(rows: T[], i: number, row: T): T[] {
  return rows.map((r, j) => (j === i ? row : r));
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="btn btn-small btn-quiet"
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      删除
    </button>
  );
}

export function TierTable({ rows, errors, onChange }: RowsProps<TierRow>) {
  return (
    <>
      <table className="table table-form">
        <thead>
          <tr>
            <th scope="col">单位类型</th>
            <th scope="col">在编人数不超过</th>
            <th scope="col">限额（个工作群）</th>
            <th scope="col">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t, i) => (
            <tr key={i}>
              <td>
                <select
                  aria-label={`第 ${i + 1} 档的单位类型`}
                  value={t.unitType}
                  onChange={(e) => onChange(replace(rows, i, { ...t, unitType: e.target.value as UnitType }))}
                >
                  {UNIT_TYPES.map((u) => (
                    <option key={u} value={u}>
                      {UNIT_TYPE_LABELS[u]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <CellInput
                  label={`第 ${i + 1} 档的在编人数上限`}
                  value={t.maxStaff}
                  placeholder="无上限"
                  inputMode="numeric"
                  error={errors.get(`tiers.${i}.maxStaff`)}
                  onChange={(maxStaff) => onChange(replace(rows, i, { ...t, maxStaff }))}
                />
              </td>
              <td>
                <CellInput
                  label={`第 ${i + 1} 档的限额`}
                  value={t.quota}
                  inputMode="numeric"
                  error={errors.get(`tiers.${i}.quota`)}
                  onChange={(quota) => onChange(replace(rows, i, { ...t, quota }))}
                />
              </td>
              <td className="cell-action">
                <RemoveButton
                  label={`删除第 ${i + 1} 档`}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FieldError id="tiers-error" error={errors.get('tiers')} />
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange([...rows, { unitType: 'department', maxStaff: '', quota: '' }])}
      >
        添加一档
      </button>
    </>
  );
}

export function WordTable({ rows, errors, onChange }: RowsProps<WordRow>) {
  return (
    <>
      <table className="table table-form">
        <thead>
          <tr>
            <th scope="col">群名称含有</th>
            <th scope="col">视为</th>
            <th scope="col">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w, i) => (
            <tr key={i}>
              <td>
                <CellInput
                  label={`第 ${i + 1} 个关键词`}
                  value={w.word}
                  width="wide"
                  error={errors.get(`reclassifyWords.${i}.word`)}
                  onChange={(word) => onChange(replace(rows, i, { ...w, word }))}
                />
              </td>
              <td>
                <select
                  aria-label={`第 ${i + 1} 个关键词对应的群类别`}
                  value={w.category}
                  onChange={(e) =>
                    onChange(replace(rows, i, { ...w, category: e.target.value as NonWorkCategory }))
                  }
                >
                  {NON_WORK_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </td>
              <td className="cell-action">
                <RemoveButton
                  label={`删除关键词“${w.word}”`}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange([...rows, { word: '', category: '日常交流群' }])}
      >
        添加关键词
      </button>
    </>
  );
}

export function CapTable({ rows, errors, onChange }: RowsProps<CapRow>) {
  return (
    <>
      <table className="table table-form">
        <thead>
          <tr>
            <th scope="col">平台</th>
            <th scope="col">每群人数上限</th>
            <th scope="col">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c, i) => (
            <tr key={i}>
              <td>
                <CellInput
                  label={`第 ${i + 1} 个平台的名称`}
                  value={c.platform}
                  width="wide"
                  error={errors.get(`platformCaps.${i}.platform`)}
                  onChange={(platform) => onChange(replace(rows, i, { ...c, platform }))}
                />
              </td>
              <td>
                <CellInput
                  label={`${c.platform || `第 ${i + 1} 个平台`}的每群人数上限`}
                  value={c.cap}
                  inputMode="numeric"
                  error={errors.get(`platformCaps.${i}.cap`)}
                  onChange={(cap) => onChange(replace(rows, i, { ...c, cap }))}
                />
              </td>
              <td className="cell-action">
                <RemoveButton
                  label={`删除平台“${c.platform}”`}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange([...rows, { platform: '', cap: '' }])}
      >
        添加平台
      </button>
    </>
  );
}
