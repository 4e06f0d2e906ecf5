/**
 * The jump scene's Tweakpane panel, bound to the `jumpSettings` store: mode and Compare; η (exact and
 * on a log slider), M, the baseline and γ; speed and seed; run controls; export and import of the
 * agent. The panel clamps what its controls can reach; the store refuses anything else with a notice.
 * Buttons call the session directly; everything else goes through the store.
 */
import { formatSig } from '../../core/format.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import {
  BATCH_MAX,
  BATCH_MIN,
  JUMP_MODE_LABELS,
  JUMP_MODES,
  type JumpSettings,
  type JumpSettingsStore,
  jumpSettingsSchema,
  LR_SLIDER_MAX,
  LR_SLIDER_MIN,
} from '../../state/jump-settings.ts';
import { type FieldLimit, schemaRange } from '../shared/field-limit.ts';
import { downloadJson, pickTextFile } from '../shared/files.ts';
import { bindLogSlider } from '../shared/log-slider.ts';
import { bindSetting, createPane } from '../shared/panel.ts';

/** Speeds offered in steps per second (the env steps 0.05 s: 20/s is real time). */
export const SPEED_PRESETS: [string, number][] = [
  ['0.1× slow motion (2/s)', 2],
  ['0.25× (5/s)', 5],
  ['0.5× (10/s)', 10],
  ['1× real time (20/s)', 20],
  ['2× (40/s)', 40],
  ['5× (100/s)', 100],
  ['15× (300/s)', 300],
  ['50× (1 k/s)', 1000],
  ['150× (3 k/s)', 3000],
  ['500× (10 k/s)', 10_000],
  ['5 000× (100 k/s)', 100_000],
  ['50 000× (1 M/s)', 1_000_000],
];

export interface JumpPanel {
  /** Download the main agent as JSON. */ exportAgent(): void;
  /** Open the file picker and import the chosen agent. */
  importAgent(): Promise<void>;
  dispose(): void;
}

const formatRate = (v: number) =>
  v === 0 ? '0' : v < 0.01 || v >= 1e4 ? v.toExponential(2) : formatSig(v, 3);

/** A typed value outside the settings' range is clamped with a notice that says why. */
const limit = (key: keyof JumpSettings, name: string, why?: string): FieldLimit => ({
  name,
  why,
  ...schemaRange(jumpSettingsSchema.shape[key]),
});

export function mountJumpPanel(session: JumpSession, store: JumpSettingsStore): JumpPanel {
  const pane = createPane('Jump · REINFORCE');
  pane.element.id = 'jump-panel';
  const unsubs: (() => void)[] = [];
  unsubs.push(
    bindSetting(pane, store, 'mode', {
      label: 'mode',
      options: Object.fromEntries(JUMP_MODES.map((m) => [JUMP_MODE_LABELS[m], m])),
    }),
    bindSetting(pane, store, 'compare', { label: 'compare baseline' }),
  );

  const learn = pane.addFolder({ title: 'Learning (next step / next batch)' });
  unsubs.push(
    // No step: Tweakpane would round η to its multiples (and 1e308 / step overflows).
    bindSetting(
      learn,
      store,
      'learningRate',
      { label: 'η', min: 0, format: formatRate },
      limit('learningRate', 'η', 'a step size cannot be negative'),
    ),
    // The same η on a track over decades; its text box reads η itself ("0.0015", "1e-3").
    bindLogSlider(learn, store, 'learningRate', {
      label: 'η (log)',
      min: LR_SLIDER_MIN,
      max: LR_SLIDER_MAX,
      format: formatRate,
      digits: 3,
      why: 'the slider’s range; type larger or smaller values into η',
    }),
    bindSetting(
      learn,
      store,
      'batchEpisodes',
      {
        label: 'M episodes',
        min: BATCH_MIN,
        max: BATCH_MAX,
        step: 1,
      },
      limit('batchEpisodes', 'M', 'whole episodes per update'),
    ),
    bindSetting(learn, store, 'baseline', { label: 'baseline', options: { 'mean b̄': 'mean', none: 'none' } }),
    bindSetting(
      learn,
      store,
      'gamma',
      { label: 'γ', min: 0, max: 1, step: 0.001 },
      limit('gamma', 'γ', 'the share of each later reward that counts'),
    ),
  );

  const run = pane.addFolder({ title: 'Run' });
  unsubs.push(
    bindSetting(run, store, 'speed', { label: 'speed', options: Object.fromEntries(SPEED_PRESETS) }),
    bindSetting(
      run,
      store,
      'seed',
      { label: 'seed (new agent)', min: 0, step: 1 },
      limit('seed', 'the seed', 'a whole number the generator accepts'),
    ),
  );
  const pauseButton = run.addButton({ title: 'Pause' });
  pauseButton.on('click', () => (session.paused ? session.resume() : session.pause()));
  run.addButton({ title: 'Step (Watch)' }).on('click', () => session.stepOnce());
  run.addButton({ title: 'Reset env (new hole)' }).on('click', () => session.resetEpisode());
  run.addButton({ title: 'Reset agent (θ = 0)' }).on('click', () => session.resetAgent());
  const undoButton = run.addButton({ title: 'Undo: bring the last agent back' });
  undoButton.on('click', () => session.undo());

  const exportAgent = () => {
    const saved = session.exportAgent();
    const p = saved.provenance;
    downloadJson(`jump-reinforce-${saved.params.baseline}-${p.episodesTrained}ep.json`, saved);
  };
  const importAgent = async () => {
    const file = await pickTextFile();
    if (file) session.importAgent(file.text, file.name);
  };
  const files = pane.addFolder({ title: 'Agent file (CLI --out format)' });
  files.addButton({ title: 'Export agent' }).on('click', exportAgent);
  files.addButton({ title: 'Import agent…' }).on('click', () => void importAgent());

  // Buttons follow the run state: Pause/Resume, and Undo while a discarded agent can come back.
  const runState = session.runState;
  const showPaused = (paused: boolean) => {
    pauseButton.title = paused ? 'Resume' : 'Pause';
  };
  const showUndo = (canUndo: boolean) => {
    undoButton.disabled = !canUndo;
  };
  showPaused(runState.getState().paused);
  showUndo(runState.getState().canUndo);
  unsubs.push(
    runState.subscribe((r) => r.paused, showPaused),
    runState.subscribe((r) => r.canUndo, showUndo),
  );
  return {
    exportAgent,
    importAgent,
    dispose() {
      for (const u of unsubs) u();
      pane.dispose();
    },
  };
}
