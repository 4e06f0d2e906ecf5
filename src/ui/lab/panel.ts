/**
 * The Lab's side column: the built-in experiments (one click picks one), its counts (quick preview,
 * runs, episodes, seed) and the worker count, the form to build an experiment, Run and Cancel with
 * the progress bar, the saved results (open, overlay, delete), and sharing and exports. Plain DOM:
 * it holds lists and buttons more than sliders. It keeps its fields' values across a redraw (a
 * change of language rebuilds it).
 */
import { AGENT_KINDS, type AgentKind } from '../../agents/types.ts';
import { MAZE_PRESET_NAMES } from '../../envs/maze-presets.ts';
import { ENV_IDS } from '../../envs/registry.ts';
import { language, t } from '../../i18n/language.ts';
import { BUILDER_DEFAULTS, type BuilderForm, GRID_PARAMS } from '../../play/lab/builder.ts';
import type { SavedInfo } from '../../play/lab/saved.ts';
import { paramSymbol } from '../../plot/names.ts';
import { PRESET_IDS } from '../../train/experiment/presets/index.ts';

export interface PanelActions {
  pickPreset(id: string): void;
  /** The counts (quick, runs, episodes, seed) changed. */
  countsChanged(): void;
  useForm(form: BuilderForm): void;
  run(): void;
  cancel(): void;
  save(): void;
  open(id: string): void;
  overlay(id: string): void;
  removeOverlay(): void;
  remove(id: string): void;
  copyCli(): void;
  downloadSpec(): void;
  csv(): void;
  png(): void;
}

export interface Counts {
  quick: boolean;
  runs?: number;
  episodes?: number;
  seed?: number | string;
}

export interface PanelState {
  preset: string | null;
  counts: Counts;
  workers: number;
  form: BuilderForm;
  running: boolean;
  hasResult: boolean;
  saved: SavedInfo[];
  overlayId: string | null;
  cli: { lines: string[]; spec: boolean } | null;
  progress: number;
  /** What an empty runs / episodes field means now (the job's own counts). */
  placeholders: { runs: string; episodes: string };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

function button(text: string, onClick: () => void, id?: string): HTMLButtonElement {
  const b = el('button', '', text);
  b.type = 'button';
  if (id) b.id = id;
  b.addEventListener('click', onClick);
  return b;
}

function row(label: string, control: HTMLElement): HTMLElement {
  const r = el('label', 'row');
  r.append(el('span', '', label), control);
  return r;
}

function numberInput(
  value: number | undefined,
  onChange: (v: number | undefined) => void,
  id: string,
  placeholder = '',
): HTMLInputElement {
  const i = el('input');
  i.placeholder = placeholder;
  i.type = 'number';
  i.min = '1';
  i.step = '1';
  i.id = id;
  i.value = value === undefined ? '' : String(value);
  i.addEventListener('change', () => {
    const v = i.value.trim() === '' ? undefined : Math.floor(Number(i.value));
    onChange(v !== undefined && Number.isFinite(v) && v >= 1 ? v : undefined);
  });
  return i;
}

function select(options: [string, string][], value: string, onChange: (v: string) => void, id: string) {
  const s = el('select');
  s.id = id;
  for (const [v, label] of options) {
    const o = el('option', '', label);
    o.value = v;
    s.append(o);
  }
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

export class LabPanel {
  readonly root: HTMLElement;
  private progressBar: HTMLProgressElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly state: PanelState,
    private readonly actions: PanelActions,
  ) {
    this.root = el('div');
    this.root.id = 'lab-panel';
    container.append(this.root);
    this.render();
  }

  render(): void {
    const w = t().lab.panel;
    const s = this.state;
    const presets = el('section');
    presets.append(el('h3', '', w.presets));
    const list = el('div', 'presets');
    const titles = t().experiments.presets as Record<string, { title: string }>;
    for (const id of PRESET_IDS) {
      const b = button(Object.hasOwn(titles, id) ? titles[id].title : id, () => this.actions.pickPreset(id));
      b.dataset.preset = id;
      b.setAttribute('aria-pressed', String(s.preset === id));
      list.append(b);
    }
    presets.append(list);

    const counts = el('section');
    counts.append(el('h3', '', w.counts));
    const quick = el('input');
    quick.type = 'checkbox';
    quick.id = 'lab-quick';
    quick.checked = s.counts.quick;
    quick.addEventListener('change', () => {
      s.counts.quick = quick.checked;
      this.actions.countsChanged();
    });
    const quickRow = el('label', 'checks');
    quickRow.append(quick, w.quick);
    const seed = el('input');
    seed.id = 'lab-seed';
    seed.value = s.counts.seed === undefined ? '' : String(s.counts.seed);
    seed.addEventListener('change', () => {
      const v = seed.value.trim();
      s.counts.seed = v === '' ? undefined : /^-?\d+$/.test(v) ? Number(v) : v;
      this.actions.countsChanged();
    });
    const again = () => this.actions.countsChanged();
    counts.append(
      quickRow,
      row(
        w.runs,
        numberInput(
          s.counts.runs,
          (v) => {
            s.counts.runs = v;
            again();
          },
          'lab-runs',
          s.placeholders.runs,
        ),
      ),
      row(
        w.episodes,
        numberInput(
          s.counts.episodes,
          (v) => {
            s.counts.episodes = v;
            again();
          },
          'lab-episodes',
          s.placeholders.episodes,
        ),
      ),
      row(w.seed, seed),
      el('small', '', w.runsHint),
      row(
        w.workers,
        numberInput(
          s.workers,
          (v) => {
            s.workers = v ?? s.workers;
          },
          'lab-workers',
        ),
      ),
    );
    counts.hidden = s.preset === null;

    const run = el('section');
    const buttons = el('div', 'buttons');
    const runB = button(w.run, () => this.actions.run(), 'lab-run');
    runB.disabled = s.running;
    const cancelB = button(w.cancel, () => this.actions.cancel(), 'lab-cancel');
    cancelB.disabled = !s.running;
    buttons.append(runB, cancelB);
    this.progressBar = el('progress');
    this.progressBar.max = 1;
    this.progressBar.value = s.progress;
    run.append(buttons, this.progressBar);

    const saved = el('section');
    saved.append(el('h3', '', w.saved));
    const saveB = button(w.save, () => this.actions.save(), 'lab-save');
    saveB.disabled = !s.hasResult || s.running;
    saved.append(saveB);
    if (s.saved.length === 0) saved.append(el('p', '', w.nothingSaved));
    for (const info of s.saved) {
      const item = el('div', 'saved-item');
      item.dataset.saved = info.id;
      const when = new Date(info.savedAt).toLocaleString(language() === 'ja' ? 'ja-JP' : 'en-GB');
      item.append(
        el('span', 'name', `${info.name} · ${w.savedLine({ when, runs: String(info.runsDone) })}`),
        button(w.open, () => this.actions.open(info.id)),
        info.id === s.overlayId
          ? button(w.removeOverlay, () => this.actions.removeOverlay())
          : button(w.overlay, () => this.actions.overlay(info.id)),
        button(w.remove, () => this.actions.remove(info.id)),
      );
      saved.append(item);
    }

    const share = el('section');
    share.append(el('h3', '', w.share));
    const sb = el('div', 'buttons');
    const csv = button(w.csv, () => this.actions.csv(), 'lab-csv');
    const png = button(w.png, () => this.actions.png(), 'lab-png');
    csv.disabled = png.disabled = !s.hasResult;
    sb.append(
      button(w.copyCli, () => this.actions.copyCli(), 'lab-copy-cli'),
      button(w.downloadSpec, () => this.actions.downloadSpec(), 'lab-download-spec'),
      csv,
      png,
    );
    share.append(sb);
    if (s.cli !== null) {
      share.append(el('p', '', s.cli.spec ? w.cliSpec : w.cliPreset));
      const pre = el('pre', 'lab-cli');
      pre.id = 'lab-cli';
      pre.textContent = s.cli.lines.join('\n');
      share.append(pre);
    }

    this.root.replaceChildren(presets, counts, this.builder(), run, saved, share);
  }

  private builder(): HTMLElement {
    const w = t().lab.panel;
    const f = this.state.form;
    const d = el('details');
    d.id = 'lab-builder';
    d.append(el('summary', '', w.builder));
    const name = el('input');
    name.value = f.name;
    name.addEventListener('change', () => (f.name = name.value));
    const envs = t().lab.envs;
    const env = select(
      ENV_IDS.map((id) => [id, Object.hasOwn(envs, id) ? envs[id] : id]),
      f.env,
      (v) => {
        f.env = v;
        layout.hidden = v !== 'GridMaze-v0';
      },
      'lab-env',
    );
    const layouts = t().maze.presets as Record<string, string>;
    const layout = row(
      w.layout,
      select(
        MAZE_PRESET_NAMES.map((n) => [n, Object.hasOwn(layouts, n) ? layouts[n] : n]),
        f.layout,
        (v) => (f.layout = v),
        'lab-layout',
      ),
    );
    layout.hidden = f.env !== 'GridMaze-v0';
    const agents = el('div', 'checks');
    for (const kind of AGENT_KINDS) {
      const c = el('input');
      c.type = 'checkbox';
      c.checked = f.agents.includes(kind);
      c.dataset.kind = kind;
      c.addEventListener('change', () => {
        f.agents = AGENT_KINDS.filter((k: AgentKind) => (k === kind ? c.checked : f.agents.includes(k)));
      });
      const l = el('label');
      l.append(c, t().lab.agents[kind]);
      agents.append(l);
    }
    const num = (key: 'epsilon' | 'alpha' | 'gamma' | 'runs' | 'episodes' | 'seed', step: string) => {
      const i = el('input');
      i.type = 'number';
      i.step = step;
      i.value = String(f[key]);
      i.id = `lab-form-${key}`;
      i.addEventListener('change', () => {
        f[key] = Number(i.value);
      });
      return i;
    };
    const text = (key: 'values1' | 'values2') => {
      const i = el('input');
      i.value = f[key];
      i.id = `lab-${key}`;
      i.addEventListener('change', () => (f[key] = i.value));
      return i;
    };
    const params: [string, string][] = [
      ['', w.none],
      ...GRID_PARAMS.map((p): [string, string] => [p, paramSymbol(p)]),
    ];
    const metrics = t().lab.metrics;
    d.append(
      row(w.name, name),
      row(w.env, env),
      layout,
      el('span', '', w.agentsLabel),
      agents,
      row('ε', num('epsilon', '0.01')),
      row('α', num('alpha', '0.01')),
      row('γ', num('gamma', '0.01')),
      row(
        w.sweep,
        select(params, f.param1, (v) => (f.param1 = v), 'lab-param1'),
      ),
      row(w.values, text('values1')),
      row(
        w.secondSweep,
        select(params, f.param2, (v) => (f.param2 = v), 'lab-param2'),
      ),
      row(w.values, text('values2')),
      row(w.runs, num('runs', '1')),
      row(w.episodes, num('episodes', '1')),
      row(w.seed, num('seed', '1')),
      row(
        w.metric,
        select(
          (['return', 'steps', 'success'] as const).map((m) => [m, metrics[m]]),
          f.metric,
          (v) => (f.metric = v as BuilderForm['metric']),
          'lab-metric',
        ),
      ),
      button(w.useSpec, () => this.actions.useForm(structuredClone(f)), 'lab-use-spec'),
    );
    return d;
  }

  /** Only the bar (cheap; the rest redraws on state changes). */
  setProgress(fraction: number): void {
    this.state.progress = fraction;
    if (this.progressBar) this.progressBar.value = fraction;
  }

  destroy(): void {
    this.root.remove();
    void this.container;
  }
}

export const defaultForm = (): BuilderForm => structuredClone(BUILDER_DEFAULTS);
