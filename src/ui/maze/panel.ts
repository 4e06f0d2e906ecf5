/**
 * The maze scene's Tweakpane panel. Settings are bound to the `mazeSettings` store (sliders clamp,
 * the store refuses what is out of range); buttons call the session, which applies everything at the
 * start of its next frame. Button states follow the session's run state (subscriptions);
 * `dispose()` removes the subscriptions and the pane.
 */

import type { BindingApi, BindingParams, ButtonApi, FolderApi, TabPageApi } from '@tweakpane/core';
import type { Pane } from 'tweakpane';
import { formatCompact } from '../../core/format.ts';
import { MAZE_PRESET_NAMES, MAZE_PRESETS, type MazePresetName } from '../../envs/maze-presets.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import {
  choosePreset,
  GEN_SIZE_MAX,
  GEN_SIZE_MIN,
  MAZE_MODE_LABELS,
  MAZE_MODES,
  type MazeSettings,
  type MazeSettingsStore,
  mazeSettingsSchema,
  SPEED_MAX,
  SPEED_MIN,
} from '../../state/maze-settings.ts';
import { type FieldLimit, limitTypedValues, schemaRange } from '../shared/field-limit.ts';
import { downloadJson, pickTextFile } from '../shared/files.ts';
import { bindLogSlider } from '../shared/log-slider.ts';
import { bindSetting, createPane, type PaneLike } from '../shared/panel.ts';

export interface MazePanel {
  dispose(): void;
}

/** What each typed field is, for the notice when a typed value is out of range and gets clamped. */
const FIELD_MEANING: Partial<Record<keyof MazeSettings, [name: string, why: string]>> = {
  epsilon: ['ε', 'it is a probability'],
  alpha: ['α', 'a step size: the share of each error the agent learns from'],
  gamma: ['γ', 'the share of each later reward that counts'],
  seed: ['the seed', 'a whole number the generator accepts'],
  genWidth: ['the width', 'odd sizes up to what the board can draw'],
  genHeight: ['the height', 'odd sizes up to what the board can draw'],
  genSeed: ['the maze seed', 'a whole number the generator accepts'],
  stepReward: ['the step reward', 'the panel’s range'],
  goalReward: ['the goal reward', 'the panel’s range'],
  cliffReward: ['the cliff reward', 'a fall costs, never pays'],
};

const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
  Object.fromEntries(values.map((v) => [label(v), v]));

/** Format a speed for the log slider. */
export function formatSpeed(stepsPerSecond: number): string {
  return `${formatCompact(stepsPerSecond)}/s`;
}

/**
 * Bind a store key through a proxy value: `toView`/`fromView` convert (rounding), and
 * `apply` writes the store (a preset brings its rewards). The store subscription goes to `unsubs`.
 */
function bindVia<K extends keyof MazeSettings & string, V>(
  pane: PaneLike,
  store: MazeSettingsStore,
  key: K,
  params: BindingParams,
  view: {
    toView: (v: MazeSettings[K]) => V;
    fromView: (v: V) => MazeSettings[K];
    apply?: (v: MazeSettings[K]) => void;
  },
  unsubs: (() => void)[],
): BindingApi<unknown, V> {
  const proxy = { [key]: view.toView(store.getState()[key]) } as Record<K, V>;
  const binding = pane.addBinding(proxy, key, params) as BindingApi<unknown, V>;
  binding.on('change', (ev) => {
    const value = view.fromView(ev.value);
    if (Object.is(value, store.getState()[key])) return;
    if (view.apply) view.apply(value);
    else if (store.getState().update({ [key]: value } as Partial<MazeSettings>)) {
      proxy[key] = view.toView(store.getState()[key]);
      binding.refresh();
    }
  });
  unsubs.push(
    store.subscribe((s) => {
      const v = view.toView(s[key]);
      if (!Object.is(v, proxy[key])) {
        proxy[key] = v;
        binding.refresh();
      }
    }),
  );
  return binding;
}

export function mountMazePanel(session: MazeSession, store: MazeSettingsStore): MazePanel {
  const pane: Pane = createPane('Maze · Q-learning playground');
  const unsubs: (() => void)[] = [];
  const bind = <K extends keyof MazeSettings & string>(p: PaneLike, key: K, params: BindingParams = {}) =>
    unsubs.push(bindSetting(p, store, key, params));
  // Sliders quantize with floating-point noise (0 comes out as 3e-18): round to the step's decimals.
  const numeric = <K extends keyof MazeSettings & string>(
    p: PaneLike,
    key: K,
    params: BindingParams & { step: number },
  ) => {
    const digits = Math.max(0, -Math.floor(Math.log10(params.step)));
    const binding = bindVia(
      p,
      store,
      key,
      params,
      {
        toView: (v) => v as number,
        fromView: (v: number) => Number(v.toFixed(digits)) as MazeSettings[K],
      },
      unsubs,
    );
    const [name, why] = FIELD_MEANING[key] ?? [String(params.label ?? key), ''];
    // The tighter of the control's range and the schema's: what the user can type is what is kept.
    const range = schemaRange(mazeSettingsSchema.shape[key]);
    const limit: FieldLimit = {
      name,
      why: why || undefined,
      min: Math.max(
        range.min ?? Number.NEGATIVE_INFINITY,
        (params.min as number | undefined) ?? Number.NEGATIVE_INFINITY,
      ),
      max: Math.min(
        range.max ?? Number.POSITIVE_INFINITY,
        (params.max as number | undefined) ?? Number.POSITIVE_INFINITY,
      ),
    };
    limitTypedValues(binding, limit);
  };
  // A clicked button keeps focus; blur it so Space and the scene keys go to the scene afterwards.
  const button = (p: PaneLike, title: string, onClick: () => void): ButtonApi => {
    const b = p.addButton({ title });
    b.on('click', () => {
      onClick();
      (document.activeElement as HTMLElement | null)?.blur();
    });
    return b;
  };

  bind(pane, 'mode', { label: 'mode', options: options(MAZE_MODES, (m) => MAZE_MODE_LABELS[m]) });
  const pauseButton = button(pane, 'Pause', () => session.pause());
  const resumeButton = button(pane, 'Resume', () => session.resume());
  const stepButton = button(pane, 'Step once', () => session.stepOnce());

  const tabs = pane.addTab({ pages: [{ title: 'Agent' }, { title: 'Maze' }, { title: 'View' }] });
  // Tab pages are containers like folders (addBinding, addButton, addFolder); `PaneLike` in panel.ts
  // only names Pane and FolderApi, so view them as folders.
  const [agentTab, mazeTab, viewTab] = tabs.pages.map((p: TabPageApi) => p as unknown as FolderApi);

  // ---- Agent
  bind(agentTab, 'agentKind', { label: 'agent', options: { 'Q-learning': 'q-learning', SARSA: 'sarsa' } });
  numeric(agentTab, 'epsilon', { label: 'ε explore', min: 0, max: 1, step: 0.01 });
  numeric(agentTab, 'alpha', { label: 'α step size', min: 0, max: 1, step: 0.01 });
  numeric(agentTab, 'gamma', { label: 'γ discount', min: 0, max: 1, step: 0.01 });
  // Logarithmic track; the text box reads steps per second ("100", "2.5k").
  unsubs.push(
    bindLogSlider(agentTab, store, 'speed', {
      label: 'speed',
      min: SPEED_MIN,
      max: SPEED_MAX,
      format: formatSpeed,
      why: 'steps per second the page can run',
    }),
  );
  numeric(agentTab, 'seed', { label: 'seed (new agent)', min: 0, max: 99999, step: 1 });
  bind(agentTab, 'learnFromPlay', { label: 'learn from Play' });
  button(agentTab, 'Restart episode (agent to S)', () => session.resetEpisode());
  button(agentTab, 'Reset agent (forget Q)', () => session.resetAgent());
  const undoButton = button(agentTab, 'Undo: bring the last agent back', () => session.undo());
  button(agentTab, 'Export agent (JSON)', () => {
    const saved = session.exportAgent();
    downloadJson(
      `maze-${saved.kind}-${session.spec.label.replace(/[^a-z0-9]+/gi, '-')}-${session.episodes}ep.json`,
      saved,
    );
  });
  button(agentTab, 'Import agent…', () => {
    void pickTextFile().then((file) => {
      if (file) session.importAgent(file.text, file.name);
    });
  });

  // ---- Maze
  bind(mazeTab, 'source', {
    label: 'maze',
    options: { preset: 'preset', generated: 'generated', edited: 'custom' },
  });
  const presetBinding = bindVia(
    mazeTab,
    store,
    'preset',
    {
      label: 'preset',
      options: options(
        MAZE_PRESET_NAMES,
        (n) => `${n} (${MAZE_PRESETS[n].rows[0].length}×${MAZE_PRESETS[n].rows.length})`,
      ),
    },
    { toView: (v) => v, fromView: (v: MazePresetName) => v, apply: (v) => choosePreset(store, v) },
    unsubs,
  );
  const genFolder: FolderApi = mazeTab.addFolder({ title: 'generated maze' });
  numeric(genFolder, 'genWidth', { label: 'width', min: GEN_SIZE_MIN, max: GEN_SIZE_MAX, step: 2 });
  numeric(genFolder, 'genHeight', { label: 'height', min: GEN_SIZE_MIN, max: GEN_SIZE_MAX, step: 2 });
  numeric(genFolder, 'genSeed', { label: 'maze seed', min: 0, max: 99999, step: 1 });
  button(genFolder, 'New random maze', () => {
    const s = store.getState();
    s.update({ source: 'generated', genSeed: (s.genSeed + 1) % 100000 });
  });
  const editProxy = { edit: session.editing };
  const editBinding = mazeTab.addBinding(editProxy, 'edit', { label: 'edit (E)' });
  editBinding.on('change', (ev) => {
    if (ev.value !== session.editing) session.setEditing(ev.value);
  });
  const rewards = mazeTab.addFolder({ title: 'rewards' });
  numeric(rewards, 'stepReward', { label: 'step', min: -10, max: 10, step: 0.5 });
  numeric(rewards, 'goalReward', { label: 'goal', min: -10, max: 100, step: 0.5 });
  numeric(rewards, 'cliffReward', { label: 'cliff', min: -1000, max: 0, step: 1 });

  // ---- View
  bind(viewTab, 'showHeatmap', { label: 'max-Q heat (H)' });
  bind(viewTab, 'showArrows', { label: 'greedy arrows (G)' });
  bind(viewTab, 'showVisits', { label: 'visit counts (V)' });
  bind(viewTab, 'showTrail', { label: 'trail (T)' });
  bind(viewTab, 'heatScale', {
    label: 'heat scale',
    options: { 'auto (log when values span > 20×)': 'auto', log: 'log', linear: 'linear' },
  });

  const refresh = () => {
    const s = store.getState();
    const m = session.mode;
    undoButton.disabled = !session.runState.getState().canUndo;
    pauseButton.disabled = session.paused || m === 'play';
    resumeButton.disabled = !session.paused || m === 'play';
    stepButton.disabled = m !== 'watch' && m !== 'evaluate';
    genFolder.hidden = s.source !== 'generated';
    presetBinding.hidden = s.source !== 'preset';
    if (editProxy.edit !== session.editing) {
      editProxy.edit = session.editing;
      editBinding.refresh();
    }
    pane.title = `Maze · ${s.agentKind === 'sarsa' ? 'SARSA' : 'Q-learning'}${session.paused ? ' · paused' : ''}`;
  };
  // Checkboxes and lists need no focus after a change: hand the keys back to the scene at once.
  // Capture phase: Tweakpane's own handlers stop the event from bubbling.
  const panelEl = pane.element;
  const release = (e: Event) => {
    const t = e.target;
    if ((t instanceof HTMLInputElement && t.type === 'checkbox') || t instanceof HTMLSelectElement) t.blur();
  };
  panelEl.addEventListener('change', release, true);
  // Button states follow the run state and the settings as they change.
  const run = session.runState;
  unsubs.push(
    run.subscribe((r) => r.paused, refresh),
    run.subscribe((r) => r.mode, refresh),
    run.subscribe((r) => r.editing, refresh),
    run.subscribe((r) => r.canUndo, refresh),
    store.subscribe(refresh),
  );
  refresh();
  return {
    dispose: () => {
      panelEl.removeEventListener('change', release, true);
      for (const u of unsubs) u();
      pane.dispose();
    },
  };
}
