/**
 * The maze scene's Tweakpane panel. Settings are bound to the `mazeSettings` store (sliders clamp,
 * the store refuses what is out of range); buttons call the session, which applies everything at the
 * start of its next frame. Button states follow the session's run state (subscriptions);
 * `dispose()` removes the subscriptions and the pane. A language change builds the pane again from
 * the same store and session (the open tab and folders kept): only the words change, never a setting
 * or a run.
 */

import type { BindingApi, BindingParams, ButtonApi, FolderApi, TabPageApi } from '@tweakpane/core';
import type { Pane } from 'tweakpane';
import { formatCompact } from '../../core/format.ts';
import { MAZE_PRESET_NAMES, MAZE_PRESETS, type MazePresetName } from '../../envs/maze-presets.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
import { mazeCompareBase } from '../../play/compare/spec.ts';
import type { OptimalView } from '../../play/maze/optimal-view.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import {
  choosePreset,
  GEN_SIZE_MAX,
  GEN_SIZE_MIN,
  MAZE_AGENT_KINDS,
  MAZE_MODES,
  type MazeSettings,
  type MazeSettingsStore,
  mazeSettingsSchema,
  SPEED_MAX,
  SPEED_MIN,
} from '../../state/maze-settings.ts';
import { openCompareDialog } from '../compare/dialog.ts';
import { type FieldLimit, limitTypedValues, schemaRange } from '../shared/field-limit.ts';
import { downloadJson, pickTextFile } from '../shared/files.ts';
import { bindLogSlider } from '../shared/log-slider.ts';
import { bindSetting, createPane, type PaneLike } from '../shared/panel.ts';
import { dpControls } from './panel-dp.ts';
import { labControls } from './panel-lab.ts';

export interface MazePanel {
  dispose(): void;
}

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
export function bindVia<K extends keyof MazeSettings & string, V>(
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

/** Which tab and folders were open, to build the pane again the same way. */
interface PanelView {
  tab: number;
  expanded: boolean[];
}

export function mountMazePanel(
  session: MazeSession,
  store: MazeSettingsStore,
  optimal: OptimalView,
): MazePanel {
  let built = buildPanel(session, store, optimal, null);
  const unsubscribeLanguage = onLanguageChange(() => {
    const view = built.view();
    // The readout follows the pane in the side column: the new pane takes the old one's place.
    const place = built.element.nextSibling;
    const parent = built.element.parentElement;
    built.dispose();
    built = buildPanel(session, store, optimal, view);
    if (parent && place) parent.insertBefore(built.element, place);
  });
  return {
    dispose: () => {
      unsubscribeLanguage();
      built.dispose();
    },
  };
}

function buildPanel(
  session: MazeSession,
  store: MazeSettingsStore,
  optimal: OptimalView,
  view: PanelView | null,
): MazePanel & { view(): PanelView; element: HTMLElement } {
  const w = t().maze.panel;
  const pane: Pane = createPane(w.title({ agent: t().maze.agents[store.getState().agentKind] }));
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
    const labLimits = t().maze.lab.panel.limits;
    const meaning = Object.hasOwn(w.limits, key)
      ? w.limits[key as keyof typeof w.limits]
      : Object.hasOwn(labLimits, key)
        ? labLimits[key as keyof typeof labLimits]
        : undefined;
    const name = meaning?.name ?? String(params.label ?? key);
    const why = meaning?.why ?? '';
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
    return binding;
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

  bind(pane, 'mode', { label: w.mode, options: options(MAZE_MODES, (m) => w.modes[m]) });
  const pauseButton = button(pane, w.pause, () => session.pause());
  const resumeButton = button(pane, w.resume, () => session.resume());
  const stepButton = button(pane, w.stepOnce, () => session.stepOnce());

  const tabs = pane.addTab({
    pages: [{ title: w.tabs.agent }, { title: w.tabs.maze }, { title: w.tabs.view }],
  });
  // Tab pages are containers like folders (addBinding, addButton, addFolder); `PaneLike` in panel.ts
  // only names Pane and FolderApi, so view them as folders.
  const [agentTab, mazeTab, viewTab] = tabs.pages.map((p: TabPageApi) => p as unknown as FolderApi);

  // ---- Agent
  const agents = t().maze.agents;
  bind(agentTab, 'agentKind', {
    label: w.agent,
    options: options(MAZE_AGENT_KINDS, (k) => agents[k]),
  });
  numeric(agentTab, 'epsilon', { label: w.epsilon, min: 0, max: 1, step: 0.01 });
  numeric(agentTab, 'alpha', { label: w.alpha, min: 0, max: 1, step: 0.01 });
  numeric(agentTab, 'gamma', { label: w.gamma, min: 0, max: 1, step: 0.01 });
  const lab = labControls({ agentTab, viewTab, store, numeric, unsubs });
  // Logarithmic track; the text box reads steps per second ("100", "2.5k").
  unsubs.push(
    bindLogSlider(agentTab, store, 'speed', {
      label: w.speed,
      min: SPEED_MIN,
      max: SPEED_MAX,
      format: formatSpeed,
      why: w.limits.speed.why,
    }),
  );
  numeric(agentTab, 'seed', { label: w.seed, min: 0, max: 99999, step: 1 });
  bind(agentTab, 'learnFromPlay', { label: w.learnFromPlay });
  // These settings against one changed, over many seeds, in workers of its own (src/ui/compare).
  button(agentTab, t().compare.open, () => openCompareDialog(mazeCompareBase(store.getState())));
  button(agentTab, w.restartEpisode, () => session.resetEpisode());
  button(agentTab, w.resetAgent, () => session.resetAgent());
  const undoButton = button(agentTab, w.undo, () => session.undo());
  button(agentTab, w.export, () => {
    const saved = session.exportAgent();
    downloadJson(
      `maze-${saved.kind}-${session.spec.label.replace(/[^a-z0-9]+/gi, '-')}-${session.episodes}ep.json`,
      saved,
    );
  });
  button(agentTab, w.import, () => {
    void pickTextFile().then((file) => {
      if (file) session.importAgent(file.text, file.name);
    });
  });

  // ---- Maze
  bind(mazeTab, 'source', {
    label: w.source,
    options: {
      [w.sources.preset]: 'preset',
      [w.sources.generated]: 'generated',
      [w.sources.custom]: 'custom',
    },
  });
  const presetBinding = bindVia(
    mazeTab,
    store,
    'preset',
    {
      label: w.preset,
      options: options(MAZE_PRESET_NAMES, (n) =>
        w.presetOption({
          name: t().maze.presets[n],
          size: `${MAZE_PRESETS[n].rows[0].length}×${MAZE_PRESETS[n].rows.length}`,
        }),
      ),
    },
    { toView: (v) => v, fromView: (v: MazePresetName) => v, apply: (v) => choosePreset(store, v) },
    unsubs,
  );
  const genFolder: FolderApi = mazeTab.addFolder({ title: w.generatedFolder });
  numeric(genFolder, 'genWidth', { label: w.width, min: GEN_SIZE_MIN, max: GEN_SIZE_MAX, step: 2 });
  numeric(genFolder, 'genHeight', { label: w.height, min: GEN_SIZE_MIN, max: GEN_SIZE_MAX, step: 2 });
  numeric(genFolder, 'genSeed', { label: w.mazeSeed, min: 0, max: 99999, step: 1 });
  button(genFolder, w.newMaze, () => {
    const s = store.getState();
    s.update({ source: 'generated', genSeed: (s.genSeed + 1) % 100000 });
  });
  const editProxy = { edit: session.editing };
  const editBinding = mazeTab.addBinding(editProxy, 'edit', { label: w.edit });
  editBinding.on('change', (ev) => {
    if (ev.value !== session.editing) session.setEditing(ev.value);
  });
  const rewards = mazeTab.addFolder({ title: w.rewards });
  numeric(rewards, 'stepReward', { label: w.stepReward, min: -10, max: 10, step: 0.5 });
  numeric(rewards, 'goalReward', { label: w.goalReward, min: -10, max: 100, step: 0.5 });
  numeric(rewards, 'cliffReward', { label: w.cliffReward, min: -1000, max: 0, step: 1 });

  // ---- View
  bind(viewTab, 'showHeatmap', { label: w.heat });
  bind(viewTab, 'showArrows', { label: w.arrows });
  bind(viewTab, 'showVisits', { label: w.visits });
  bind(viewTab, 'showTrail', { label: w.trail });
  bind(viewTab, 'heatScale', {
    label: w.heatScale,
    options: { [w.heatScales.auto]: 'auto', [w.heatScales.log]: 'log', [w.heatScales.linear]: 'linear' },
  });

  // Dynamic programming: the optimal overlay and value iteration, one sweep at a time.
  const dp = dpControls({
    parent: pane,
    view: optimal,
    gamma: () => session.agent.params.gamma,
    button,
    unsubs,
  });

  const refresh = () => {
    const s = store.getState();
    const m = session.mode;
    undoButton.disabled = !session.runState.getState().canUndo;
    pauseButton.disabled = session.paused || m === 'play';
    resumeButton.disabled = !session.paused || m === 'play';
    stepButton.disabled = m !== 'watch' && m !== 'evaluate';
    genFolder.hidden = s.source !== 'generated';
    lab.refresh(s);
    presetBinding.hidden = s.source !== 'preset';
    if (editProxy.edit !== session.editing) {
      editProxy.edit = session.editing;
      editBinding.refresh();
    }
    const title = w.title({ agent: t().maze.agents[s.agentKind] });
    pane.title = session.paused ? `${title} · ${w.paused}` : title;
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
  // Built again after a language change: the same tab and open folders as before.
  const folders = [pane, genFolder, rewards, lab.folder, dp.folder];
  if (view) {
    tabs.pages[view.tab].selected = true;
    folders.forEach((f, k) => {
      if (k < view.expanded.length) f.expanded = view.expanded[k];
    });
  }
  return {
    element: pane.element,
    view: () => ({
      tab: Math.max(
        0,
        tabs.pages.findIndex((p) => p.selected),
      ),
      expanded: folders.map((f) => f.expanded),
    }),
    dispose: () => {
      panelEl.removeEventListener('change', release, true);
      for (const u of unsubs) u();
      pane.dispose();
    },
  };
}
