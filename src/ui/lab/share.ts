/**
 * The Lab's Share and export buttons: Copy CLI command (the lines also go to the panel), Download
 * spec (the files `--spec` reads), the results as CSV (the CLI's `--out` bytes) and the charts as
 * PNG. Names come from the preset's id or the spec's name.
 */
import { t } from '../../i18n/language.ts';
import { cliCommand, fileStem } from '../../play/lab/cli-command.ts';
import type { LabJob } from '../../play/lab/job.ts';
import { notify } from '../../state/notices.ts';
import { type PartResult, resultsText } from '../../train/experiment/results-file.ts';
import { downloadBlob, downloadText } from '../shared/files.ts';
import { chartsPng } from './exports.ts';
import type { LabView } from './view.ts';

const stemOf = (job: LabJob) => fileStem(job.preset?.id ?? (job.parts[0]?.spec.name || 'experiment'));

/** The CSV the CLI's `--out` writes for this job (a preset of several parts in one table). */
export function jobCSV(job: LabJob | null, parts: PartResult[]): string {
  return resultsText(job?.preset?.id ?? null, parts, 'csv', (job?.preset?.parts.length ?? 1) > 1);
}

/** Put the command on the clipboard; returns what the panel shows. */
export async function copyCommand(job: LabJob): Promise<{ lines: string[]; spec: boolean }> {
  const cmd = cliCommand(job);
  const text = cmd.lines.join('\n');
  try {
    await navigator.clipboard.writeText(text);
    notify('info', () => t().lab.notices.copied);
  } catch {
    notify('info', () => t().lab.notices.copyFailed({ text }));
  }
  return { lines: cmd.lines, spec: cmd.files.length > 0 };
}

/** The spec files: those the command reads, or (for a `--preset` line) each part's spec. */
export function downloadSpecs(job: LabJob): void {
  const cmd = cliCommand(job);
  const stem = stemOf(job);
  const files =
    cmd.files.length > 0
      ? cmd.files
      : job.parts.map((p) => ({ name: `${stem}${p.id ? `-${p.id}` : ''}.json`, spec: p.spec }));
  for (const f of files) downloadText(f.name, `${JSON.stringify(f.spec, null, 2)}\n`, 'application/json');
}

export function downloadCsv(job: LabJob, parts: PartResult[]): void {
  if (parts.length > 0) downloadText(`${stemOf(job)}.csv`, jobCSV(job, parts), 'text/csv');
}

export async function downloadPng(job: LabJob, view: LabView): Promise<void> {
  try {
    downloadBlob(`${stemOf(job)}.png`, await chartsPng(view.chartCanvases()));
  } catch {
    notify('error', () => t().lab.notices.pngFailed);
  }
}
