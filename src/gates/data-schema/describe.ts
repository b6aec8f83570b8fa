import type { GateStatus, KeyMetric } from '../../result/types.js';
import type { BreakingReport } from './breaking/index.js';
import type { DatasetReport } from './evaluate.js';
import type { DataSchemaSettings } from './settings.js';

/** The combined report's figure: invalid rows, which must be none. */
export function keyMetric(invalidRows: number, datasets: number, breaking = 0): KeyMetric {
  // The figure that decided the status: invalid rows when there are any, else breaking changes
  // when one failed the gate, else invalid rows (0, the bar that was met).
  if (invalidRows === 0 && breaking > 0) {
    return { label: 'breaking changes', value: breaking, threshold: 0, direction: 'max' };
  }
  return {
    label: 'invalid rows',
    value: datasets === 0 ? null : invalidRows,
    unit: 'rows',
    threshold: 0,
    direction: 'max',
  };
}

/** One-line headline. */
export function title(
  status: GateStatus,
  reports: DatasetReport[],
  invalidRows: number,
  breaking: number,
): string {
  if (reports.length === 0) return 'Data schemas: no dataset found';
  const ok = reports.filter((r) => r.status === 'pass').length;
  const verdict = status === 'fail' || status === 'error' ? 'Data contracts broken' : 'Data contracts hold';
  const extra = [
    invalidRows > 0 ? `${invalidRows} invalid row(s)` : '',
    breaking > 0 ? `${breaking} breaking schema change(s)` : '',
  ].filter((s) => s !== '');
  return `${verdict}: ${ok} of ${reports.length} dataset(s) valid${extra.length > 0 ? `, ${extra.join(', ')}` : ''}`;
}

/** What the summary says: per dataset its status and figures, then the breaking-change counts. */
export interface SummaryInput {
  reports: DatasetReport[];
  schemas: number;
  rows: number;
  invalid: number;
  breaking: BreakingReport;
  settings: DataSchemaSettings;
}

/** Per dataset its status and figures, then the breaking-change counts. */
export function summary(input: SummaryInput): string {
  const { reports, breaking, settings } = input;
  if (reports.length === 0) return 'No dataset was found, so no data was checked.';
  // A file read only in part was sampled (sample-rows) or stopped at its header (empty, or a
  // header the schema refuses): say which, not "sampled" for a file whose rows were never read.
  const partly = (r: DatasetReport) =>
    r.complete ? '' : settings.sampleRows !== undefined && r.rows > 0 ? ' (sampled)' : ' (rows not read)';
  const parts = reports.map(
    (r) =>
      `${r.path}: ${r.status}${r.schema ? ` against ${r.schema}` : ' (no schema)'}, ${r.rows} row(s)${r.invalidRows > 0 ? `, ${r.invalidRows} invalid` : ''}${partly(r)}.`,
  );
  const compared = settings.breaking.base
    ? ` Against ${settings.breaking.base} (${settings.breaking.mode}): ${breaking.breaking} breaking, ${breaking.nonBreaking} non-breaking, ${breaking.waived} waived change(s).`
    : ' breaking changes: not measured (no base ref).';
  return `${reports.length} dataset(s) and ${input.schemas} schema(s); ${input.rows} row(s) checked, ${input.invalid} invalid.${compared} ${parts.join(' ')}`;
}
