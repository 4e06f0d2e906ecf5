/**
 * The jump scene's Tweakpane panel, bound to the `jumpSettings` store: mode and Compare; η (exact and
 * on a log slider), M, the baseline, γ and the α_w the lanes' learners use; speed and seed; run controls; export and import of the
 * agent. The panel clamps what its controls can reach; the store refuses anything else with a notice.
 * Buttons call the session directly; everything else goes through the store.
 */
import type { FolderApi } from 'tweakpane';
import { formatSig } from '../../core/format.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
import { jumpCompareBase } from '../../play/compare/spec.ts';
import { type JumpLearner, mainLearner, rivalLearner } from '../../play/jump/learners.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import {
  BATCH_MAX,
  BATCH_MIN,
  JUMP_MODES,
  type JumpSettings,
  type JumpSettingsStore,
  jumpSettingsSchema,
  LR_SLIDER_MAX,
  LR_SLIDER_MIN,
} from '../../state/jump-settings.ts';
import { openCompareDialog } from '../compare/dialog.ts';
import { type FieldLimit, schemaRange } from '../shared/field-limit.ts';
import { downloadJson, pickTextFile } from '../shared/files.ts';
import { bindLogSlider } from '../shared/log-slider.ts';
import { bindSetting, createPane } from '../shared/panel.ts';

/**
 * Speeds offered in steps per second (the env steps 0.05 s: 20/s is real time): the multiplier, the
 * rate, its short text, and the catalog key of a word some presets add.
 */
export const SPEED_PRESETS: [string, number, string, ('slowMotion' | 'realTime')?][] = [
  ['0.1×', 2, '2/s', 'slowMotion'],
  ['0.25×', 5, '5/s'],
  ['0.5×', 10, '10/s'],
  ['1×', 20, '20/s', 'realTime'],
  ['2×', 40, '40/s'],
  ['5×', 100, '100/s'],
  ['15×', 300, '300/s'],
  ['50×', 1000, '1 k/s'],
  ['150×', 3000, '3 k/s'],
  ['500×', 10_000, '10 k/s'],
  ['5 000×', 100_000, '100 k/s'],
  ['50 000×', 1_000_000, '1 M/s'],
];

/** The speed choices in the current language: "1× real time (20/s)", "1× 実時間 (20/s)". */
function speedOptions(): Record<string, number> {
  const words = t().jump.panel;
  return Object.fromEntries(
    SPEED_PRESETS.map(([times, rate, text, word]) => [
      `${times}${word ? ` ${words[word]}` : ''} (${text})`,
      rate,
    ]),
  );
}

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

/**
 * The two α_w: the learned baseline's (REINFORCE) and the critic's (actor–critic), each shown only
 * while a lane runs a learner that reads it.
 */
function bindValueRates(folder: FolderApi, store: JumpSettingsStore): () => void {
  const w = t().jump.panel;
  const rates = [
    ['valueLearningRate', w.alphaBaseline, (l: JumpLearner) => l === 'learned'],
    ['criticLearningRate', w.alphaCritic, (l: JumpLearner) => l === 'actor-critic'],
  ] as const;
  const unsubs = rates.map(([key, label, uses]) => {
    const unbind = bindSetting(
      folder,
      store,
      key,
      { label, min: 0, format: formatRate },
      limit(key, label, w.etaNegative),
    );
    const blade = folder.children[folder.children.length - 1];
    const show = (s: JumpSettings) => {
      blade.hidden = !(uses(mainLearner(s)) || (s.compare && uses(rivalLearner(s))));
    };
    show(store.getState());
    const unshow = store.subscribe(show);
    return () => {
      unbind();
      unshow();
    };
  });
  return () => {
    for (const u of unsubs) u();
  };
}

/**
 * Mount the panel. A language change rebuilds it from the same store and session, so no setting, run
 * or chart is touched: only the words change (folders keep whether they were open).
 */
export function mountJumpPanel(session: JumpSession, store: JumpSettingsStore): JumpPanel {
  const exportAgent = () => {
    const saved = session.exportAgent();
    const p = saved.provenance;
    const what = saved.kind === 'reinforce' ? `reinforce-${saved.params.baseline}` : saved.kind;
    downloadJson(`jump-${what}-${p.episodesTrained}ep.json`, saved);
  };
  const importAgent = async () => {
    const file = await pickTextFile();
    if (file) session.importAgent(file.text, file.name);
  };
  const files = { exportAgent, importAgent };
  let built = buildPanel(session, store, files, []);
  const unsubscribeLanguage = onLanguageChange(() => {
    const expanded = built.expanded();
    built.dispose();
    built = buildPanel(session, store, files, expanded);
  });
  return {
    exportAgent,
    importAgent,
    dispose() {
      unsubscribeLanguage();
      built.dispose();
    },
  };
}

interface BuiltPanel {
  /** Which folders are open, in order (the pane itself first). */
  expanded(): boolean[];
  dispose(): void;
}

function buildPanel(
  session: JumpSession,
  store: JumpSettingsStore,
  actions: Pick<JumpPanel, 'exportAgent' | 'importAgent'>,
  expanded: boolean[],
): BuiltPanel {
  const w = t().jump.panel;
  const pane = createPane(w.title);
  pane.element.id = 'jump-panel';
  const unsubs: (() => void)[] = [];
  unsubs.push(
    bindSetting(pane, store, 'mode', {
      label: w.mode,
      options: Object.fromEntries(JUMP_MODES.map((m) => [w.modes[m], m])),
    }),
    bindSetting(pane, store, 'agent', {
      label: w.agent,
      options: { [w.reinforce]: 'reinforce', [w.actorCritic]: 'actor-critic' },
    }),
    bindSetting(pane, store, 'compare', { label: w.compare }),
    bindSetting(pane, store, 'rival', {
      label: w.rival,
      options: {
        [w.rivalOther]: 'other',
        [`${w.reinforce} · ${w.baselineNone}`]: 'none',
        [`${w.reinforce} · ${w.baselineMean}`]: 'mean',
        [`${w.reinforce} · ${w.baselineLearned}`]: 'learned',
        [w.actorCritic]: 'actor-critic',
      },
    }),
  );

  const learn = pane.addFolder({ title: w.learning });
  unsubs.push(
    // No step: Tweakpane would round η to its multiples (and 1e308 / step overflows).
    bindSetting(
      learn,
      store,
      'learningRate',
      { label: 'η', min: 0, format: formatRate },
      limit('learningRate', 'η', w.etaNegative),
    ),
    // The same η on a track over decades; its text box reads η itself ("0.0015", "1e-3").
    bindLogSlider(learn, store, 'learningRate', {
      label: w.etaLog,
      min: LR_SLIDER_MIN,
      max: LR_SLIDER_MAX,
      format: formatRate,
      digits: 3,
      why: w.etaSlider,
    }),
    bindSetting(
      learn,
      store,
      'batchEpisodes',
      {
        label: w.batch,
        min: BATCH_MIN,
        max: BATCH_MAX,
        step: 1,
      },
      limit('batchEpisodes', 'M', w.batchWhy),
    ),
    bindSetting(learn, store, 'baseline', {
      label: w.baseline,
      options: { [w.baselineMean]: 'mean', [w.baselineNone]: 'none', [w.baselineLearned]: 'learned' },
    }),
    bindSetting(
      learn,
      store,
      'gamma',
      { label: 'γ', min: 0, max: 1, step: 0.001 },
      limit('gamma', 'γ', w.gammaWhy),
    ),
  );
  unsubs.push(bindValueRates(learn, store));
  // The main lane's learner against one changed setting, over many seeds, in workers of its own.
  learn
    .addButton({ title: t().compare.open })
    .on('click', () => openCompareDialog(jumpCompareBase(store.getState(), session.envSpec)));

  const run = pane.addFolder({ title: w.run });
  unsubs.push(
    bindSetting(run, store, 'speed', { label: w.speed, options: speedOptions() }),
    bindSetting(run, store, 'seed', { label: w.seed, min: 0, step: 1 }, limit('seed', w.seedName, w.seedWhy)),
  );
  const pauseButton = run.addButton({ title: w.pause });
  pauseButton.on('click', () => (session.paused ? session.resume() : session.pause()));
  run.addButton({ title: w.step }).on('click', () => session.stepOnce());
  run.addButton({ title: w.resetEnv }).on('click', () => session.resetEpisode());
  run.addButton({ title: w.resetAgent }).on('click', () => session.resetAgent());
  const undoButton = run.addButton({ title: w.undo });
  undoButton.on('click', () => session.undo());

  const files = pane.addFolder({ title: w.files });
  files.addButton({ title: w.export }).on('click', actions.exportAgent);
  files.addButton({ title: w.import }).on('click', () => void actions.importAgent());

  // Buttons follow the run state: Pause/Resume, and Undo while a discarded agent can come back.
  const runState = session.runState;
  const showPaused = (paused: boolean) => {
    pauseButton.title = paused ? w.resume : w.pause;
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
  const folders = [pane, learn, run, files];
  folders.forEach((f, k) => {
    if (k < expanded.length) f.expanded = expanded[k];
  });
  return {
    expanded: () => folders.map((f) => f.expanded),
    dispose() {
      for (const u of unsubs) u();
      pane.dispose();
    },
  };
}
