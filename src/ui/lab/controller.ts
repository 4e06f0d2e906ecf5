/**
 * The Lab's glue: what is picked (a preset with its counts, or a built spec), the job it makes, the
 * run on the Web Worker pool with the charts and table redrawn a few times a second, cancel, the
 * saved results, the overlay, and the exports. The logic it calls lives in src/play/lab.
 */
import { formatCount } from '../../core/format.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
import type { BuilderForm } from '../../play/lab/builder.ts';
import { specFromForm } from '../../play/lab/builder.ts';
import { type LabChart, labCharts } from '../../play/lab/chart-model.ts';
import { cliCommand } from '../../play/lab/cli-command.ts';
import { describeLabError } from '../../play/lab/describe.ts';
import { buildJob, type LabJob, type LabSource, presetOf } from '../../play/lab/job.ts';
import { sourceToParams } from '../../play/lab/link.ts';
import { runJob } from '../../play/lab/runner.ts';
import { browserSavedResults } from '../../play/lab/saved.ts';
import { summaryRows } from '../../play/lab/table.ts';
import { defaultWebWorkers, webExperimentPort } from '../../play/shared/experiment-port.ts';
import { notify } from '../../state/notices.ts';
import { ExperimentRunError } from '../../train/experiment/pool.ts';
import type { PartResult } from '../../train/experiment/results-file.ts';
import { defaultForm, LabPanel, type PanelState } from './panel.ts';
import { copyCommand, downloadCsv, downloadPng, downloadSpecs, jobCSV } from './share.ts';
import { LabView } from './view.ts';

export type LabPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** Shortest time between two redraws while running (ms): a few a second. */
const REDRAW_MS = 300;

export class LabController {
  source: LabSource | null = null;
  job: LabJob | null = null;
  parts: PartResult[] = [];
  phase: LabPhase = 'idle';
  runsDone = 0;
  runsTotal = 0;
  private overlay: { id: string; name: string; charts: LabChart[] } | null = null;
  private abort: AbortController | null = null;
  private status: () => string = () => t().lab.view.empty;
  private readonly store = browserSavedResults();
  private readonly state: PanelState;
  readonly view: LabView;
  readonly panel: LabPanel;
  private readonly stopWords: () => void;

  constructor(stage: HTMLElement, side: HTMLElement) {
    this.view = new LabView(stage);
    this.state = {
      preset: null,
      counts: { quick: false },
      workers: defaultWebWorkers(),
      form: defaultForm(),
      running: false,
      hasResult: false,
      saved: this.store?.list() ?? [],
      overlayId: null,
      cli: null,
      progress: 0,
      placeholders: { runs: '', episodes: '' },
    };
    this.panel = new LabPanel(side, this.state, {
      pickPreset: (id) => this.pickPreset(id),
      countsChanged: () => this.countsChanged(),
      useForm: (f) => this.useForm(f),
      run: () => this.run(),
      cancel: () => this.abort?.abort(),
      save: () => this.save(),
      open: (id) => this.open(id),
      overlay: (id) => this.setOverlay(id),
      removeOverlay: () => this.setOverlay(null),
      remove: (id) => this.remove(id),
      copyCli: () => void this.copyCli(),
      downloadSpec: () => {
        if (this.job) downloadSpecs(this.job);
      },
      csv: () => {
        if (this.job) downloadCsv(this.job, this.parts);
      },
      png: () => {
        if (this.job) void downloadPng(this.job, this.view);
      },
    });
    this.redrawAll();
    this.stopWords = onLanguageChange(() => {
      this.view.clearResults();
      this.redrawAll();
    });
  }

  /** The address Copy link gives: the source in the link. */
  shareAddress(): string {
    if (this.source === null) return 'lab';
    return `lab?${sourceToParams(this.source).toString()}`;
  }

  /** Take a source (from a link, a click, a saved result); false when it cannot make a job. */
  setSource(source: LabSource, quiet = false): boolean {
    try {
      this.job = buildJob(source);
    } catch (e) {
      if (!quiet) notify('error', () => t().lab.notices.cannotRun({ why: describeLabError(e) }));
      return false;
    }
    this.source = source;
    if (source.kind === 'preset') {
      this.state.preset = source.preset;
      this.state.counts = {
        quick: source.quick,
        runs: source.runs,
        episodes: source.episodes,
        seed: source.seed,
      };
    } else {
      this.state.preset = null;
    }
    this.state.cli = null;
    // The counts an empty field stands for: the interim part's runs (what --runs sets), the episodes.
    const lead = this.job.parts.find((p) => p.id === 'interim') ?? this.job.parts[0];
    this.state.placeholders = {
      runs: String(lead.spec.runs),
      episodes: lead.spec.episodes === undefined ? '' : String(lead.spec.episodes),
    };
    this.runsTotal = this.job.parts.reduce((s, p) => s + p.spec.runs * conditionCount(p.spec), 0);
    this.runsDone = 0;
    if (this.phase !== 'running')
      this.status = () => t().lab.view.ready({ runs: formatCount(this.runsTotal) });
    return true;
  }

  private pickPreset(id: string): void {
    if (this.phase === 'running') return;
    const c = this.state.counts;
    if (this.setSource({ kind: 'preset', preset: id, ...c })) this.clearResults();
    this.redrawAll();
  }

  private countsChanged(): void {
    if (this.state.preset !== null) this.pickPreset(this.state.preset);
  }

  private useForm(form: BuilderForm): void {
    if (this.phase === 'running') return;
    this.state.form = form;
    try {
      if (this.setSource({ kind: 'custom', spec: specFromForm(form) })) this.clearResults();
    } catch (e) {
      notify('error', () => t().lab.notices.cannotRun({ why: describeLabError(e) }));
    }
    this.redrawAll();
  }

  private clearResults(): void {
    this.parts = [];
    this.phase = 'idle';
    this.state.hasResult = false;
    this.state.progress = 0;
    this.view.clearResults();
  }

  run(): void {
    const job = this.job;
    if (job === null || this.phase === 'running') return;
    this.clearResults();
    const abort = new AbortController();
    this.abort = abort;
    this.phase = 'running';
    this.state.running = true;
    this.status = () => t().lab.view.starting;
    this.redrawAll();
    const workers = Math.max(1, Math.floor(this.state.workers));
    runJob(job, {
      spawn: webExperimentPort,
      workers,
      signal: abort.signal,
      redrawMs: REDRAW_MS,
      onProgress: (p) => {
        if (this.abort !== abort) return;
        this.parts = p.parts;
        this.runsDone = p.runsDone;
        this.runsTotal = p.runsTotal;
        const done = formatCount(p.runsDone);
        const total = formatCount(p.runsTotal);
        const elapsed = (p.elapsedMs / 1000).toFixed(1);
        const eta = Number.isNaN(p.etaMs) ? null : Math.ceil(p.etaMs / 1000).toString();
        this.status = () =>
          eta === null
            ? t().lab.view.progressNoEta({ done, total, elapsed })
            : t().lab.view.progress({ done, total, elapsed, eta });
        this.panel.setProgress(p.runsTotal > 0 ? p.runsDone / p.runsTotal : 0);
        this.drawResults();
      },
    }).then(
      (out) => {
        if (this.abort !== abort) return;
        this.finish(out.parts);
        const done = formatCount(this.runsDone);
        const total = formatCount(this.runsTotal);
        this.phase = out.cancelled ? 'cancelled' : 'done';
        const seconds = (out.elapsedMs / 1000).toFixed(1);
        this.status = out.cancelled
          ? () => t().lab.view.cancelled({ done, total })
          : () => t().lab.view.finished({ done, seconds, workers });
        this.redrawAll();
      },
      (e: unknown) => {
        if (this.abort !== abort) return;
        const partial = e instanceof ExperimentRunError ? e.partial : null;
        this.finish(
          partial
            ? [...this.parts.slice(0, -1), { id: this.parts.at(-1)?.id ?? null, result: partial }]
            : this.parts,
        );
        this.phase = 'failed';
        const why = describeLabError(e);
        this.status = () => t().lab.notices.failed({ why });
        notify('error', () => t().lab.notices.failed({ why }));
        this.redrawAll();
      },
    );
  }

  private finish(parts: PartResult[]): void {
    this.abort = null;
    this.parts = parts;
    this.runsDone = parts.reduce((s, p) => s + p.result.runsDone, 0);
    this.state.running = false;
    this.state.hasResult = this.runsDone > 0;
    this.state.progress = this.runsTotal > 0 ? this.runsDone / this.runsTotal : 0;
  }

  /** Stop a run for good (the scene's shutdown): the pool terminates its workers; nothing is redrawn. */
  stop(): void {
    const abort = this.abort;
    this.abort = null;
    abort?.abort();
  }

  private viewText() {
    const preset = this.job?.preset ?? null;
    if (preset !== null) {
      const words = (
        t().experiments.presets as Record<string, { title: string; found: string; lookFor: string }>
      )[preset.id];
      if (words) return { title: words.title, found: words.found, lookFor: words.lookFor };
    }
    if (this.job !== null) {
      return { title: this.job.parts[0].spec.name || t().lab.view.custom, found: null, lookFor: null };
    }
    return { title: t().menu.scenes.lab.title, found: null, lookFor: null };
  }

  private drawResults(): void {
    this.view.setStatus(this.status());
    if (this.job === null || this.parts.length === 0) return;
    this.view.showCharts(labCharts(this.job.preset, this.parts), this.overlay?.charts ?? null);
    const partWords = t().experiments.parts as Record<string, string>;
    this.view.showTable(summaryRows(this.parts), (id) =>
      id !== null && Object.hasOwn(partWords, id) ? partWords[id] : (id ?? ''),
    );
  }

  /** Show a message where the progress goes (a bad link). */
  setMessage(text: () => string): void {
    this.status = text;
  }

  /** Redraw the panel and the view (after a link set the source). */
  refresh(): void {
    this.redrawAll();
  }

  private redrawAll(): void {
    this.view.setText(this.viewText());
    this.state.saved = this.store?.list() ?? [];
    this.panel.render();
    this.drawResults();
  }

  private save(): void {
    if (this.store === null || this.source === null || this.parts.length === 0) return;
    const name = this.viewText().title;
    try {
      const { dropped } = this.store.save(name, this.source, this.parts);
      notify('info', () =>
        dropped > 0 ? t().lab.notices.savedDropped({ name, dropped }) : t().lab.notices.saved({ name }),
      );
    } catch (e) {
      notify('error', () => t().lab.notices.cannotSave({ why: describeLabError(e) }));
    }
    this.redrawAll();
  }

  private openSaved(id: string) {
    if (this.store === null) return null;
    try {
      return this.store.open(id);
    } catch (e) {
      notify('error', () => t().lab.notices.cannotOpen({ why: describeLabError(e) }));
      return null;
    }
  }

  private open(id: string): void {
    if (this.phase === 'running') return;
    const saved = this.openSaved(id);
    if (saved === null || !this.setSource(saved.source)) return;
    this.clearResults();
    this.parts = saved.parts;
    this.phase = 'done';
    this.runsDone = saved.info.runsDone;
    this.state.hasResult = true;
    const name = saved.info.name;
    this.status = () => t().lab.view.opened({ name });
    this.redrawAll();
  }

  private setOverlay(id: string | null): void {
    if (id === null) {
      this.overlay = null;
    } else {
      const saved = this.openSaved(id);
      if (saved === null) return;
      let preset = null;
      try {
        preset = saved.source.kind === 'preset' ? presetOf(saved.source.preset) : null;
      } catch (e) {
        notify('error', () => t().lab.notices.cannotOpen({ why: describeLabError(e) }));
        return;
      }
      this.overlay = { id, name: saved.info.name, charts: labCharts(preset, saved.parts) };
      const name = saved.info.name;
      if (this.phase !== 'running') this.status = () => t().lab.view.overlaid({ name });
    }
    this.state.overlayId = this.overlay?.id ?? null;
    this.view.clearResults();
    this.redrawAll();
  }

  private remove(id: string): void {
    this.store?.remove(id);
    if (this.overlay?.id === id) this.setOverlay(null);
    this.redrawAll();
  }

  /** The command lines for this job (also shown in the panel). */
  cli() {
    return this.job === null ? null : cliCommand(this.job);
  }

  private async copyCli(): Promise<void> {
    if (this.job === null) return;
    this.state.cli = await copyCommand(this.job);
    this.panel.render();
  }

  /** The CSV the CLI's `--out` writes for this job. */
  csv(): string {
    return jobCSV(this.job, this.parts);
  }

  destroy(): void {
    this.stop();
    this.stopWords();
    this.panel.destroy();
    this.view.destroy();
  }
}

/** Conditions of a spec input: each agent's grid product. */
function conditionCount(spec: LabJob['parts'][number]['spec']): number {
  return spec.agents.reduce(
    (s, a) => s + Object.values(a.grid ?? {}).reduce((p, v) => p * (v as number[]).length, 1),
    0,
  );
}
