import { parse } from 'csv-parse/sync';
import { InputError } from '../../../util/errors.js';
import { parseNumber } from '../cells.js';
import { MAX_METRIC_KEYS, type ReportedMetrics, type ReportedValue } from './reported-metrics.js';

/**
 * A metrics CSV in either shape teams write: long (`metric,value` rows, any header naming a
 * `metric`/`name` and a `value` column) or wide (a header of metric names over data rows: the
 * last row counts, as in a per-epoch log). Non-numeric cells are skipped.
 */
export function readMetricsCsv(text: string, path: string): ReportedMetrics {
  let rows: string[][];
  try {
    const parsed: unknown = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 1 << 20,
    });
    rows = parsed as string[][];
  } catch (error) {
    throw new InputError(
      `${path}: not valid CSV: ${(error as Error).message}`,
      { path },
      'Fix the CSV syntax.',
    );
  }
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (rows.length < 2) {
    throw new InputError(
      `${path}: no metric values (a header and at least one row are needed)`,
      { path, line: 1 },
      'Write metric,value rows or a header of metric names over one row of values.',
    );
  }
  const values = new Map<string, ReportedValue>();
  const nameCol = header.findIndex((h) => /^(metric|name|key)$/i.test(h));
  const valueCol = header.findIndex((h) => /^value$/i.test(h));
  if (nameCol >= 0 && valueCol >= 0) {
    rows.slice(1).forEach((row, i) => {
      const v = parseNumber(row[valueCol]);
      const name = row[nameCol]?.trim();
      if (v.ok && name) values.set(name, { value: v.value, line: i + 2 });
    });
  } else {
    const last = rows[rows.length - 1] as string[];
    header.forEach((name, j) => {
      const v = parseNumber(last[j]);
      if (v.ok && name) values.set(name, { value: v.value, line: rows.length });
    });
  }
  if (values.size > MAX_METRIC_KEYS) {
    throw new InputError(
      `${path}: more than ${MAX_METRIC_KEYS} metrics; not an evaluation summary`,
      { path },
      'Point the setting at the summary the evaluation writes.',
    );
  }
  return { path, values, format: 'CSV' };
}
