/**
 * The maze panel's learning-lab controls (issue 11): each algorithm's own parameters, shown only
 * while that algorithm is chosen (n, λ and traces, planning steps and κ), the initial Q and the ε
 * schedule of every tabular agent (a folder), and in the View tab the algorithm's own overlay, the
 * Double Q table and how often the greedy return is evaluated.
 */
import type { BindingApi, BindingParams, FolderApi } from '@tweakpane/core';
import { t } from '../../i18n/language.ts';
import {
  EPSILON_SCHEDULES,
  GREEDY_EVERY_MAX,
  type MazeSettings,
  type MazeSettingsStore,
  N_STEPS_MAX,
  OWN_PARAMS,
  PLANNING_STEPS_MAX,
  Q_TABLES,
  TRACE_KINDS,
} from '../../state/maze-settings.ts';
import type { PaneLike } from '../shared/panel.ts';
import { bindVia } from './panel.ts';

type Numeric = <K extends keyof MazeSettings & string>(
  p: PaneLike,
  key: K,
  params: BindingParams & { step: number },
) => BindingApi<unknown, number>;

const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
  Object.fromEntries(values.map((v) => [label(v), v]));

export function labControls(h: {
  agentTab: FolderApi;
  viewTab: FolderApi;
  store: MazeSettingsStore;
  numeric: Numeric;
  unsubs: (() => void)[];
}): { refresh(s: MazeSettings): void; folder: FolderApi } {
  const w = t().maze.lab.panel;
  const { agentTab, viewTab, store, numeric, unsubs } = h;
  const list = <K extends keyof MazeSettings & string>(p: PaneLike, key: K, params: BindingParams) =>
    bindVia(p, store, key, params, { toView: (v) => v, fromView: (v: MazeSettings[K]) => v }, unsubs);

  // The chosen algorithm's own parameters, right under ε α γ.
  const own: Record<keyof typeof OWN_PARAMS, BindingApi<unknown, unknown>> = {
    nSteps: numeric(agentTab, 'nSteps', { label: w.nSteps, min: 1, max: Math.min(64, N_STEPS_MAX), step: 1 }),
    lambda: numeric(agentTab, 'lambda', { label: w.lambda, min: 0, max: 1, step: 0.01 }),
    traces: list(agentTab, 'traces', {
      label: w.traces,
      options: options(TRACE_KINDS, (k) => w.traceKinds[k]),
    }),
    planningSteps: numeric(agentTab, 'planningSteps', {
      label: w.planningSteps,
      min: 0,
      max: Math.min(100, PLANNING_STEPS_MAX),
      step: 1,
    }),
    kappa: numeric(agentTab, 'kappa', { label: w.kappa, min: 0, max: 0.1, step: 0.0001 }),
  };

  // Every tabular agent: how Q starts and how ε decays (config: a change makes a new agent).
  const folder = agentTab.addFolder({ title: w.own, expanded: false });
  numeric(folder, 'initialQ', { label: w.initialQ, min: -100, max: 100, step: 0.1 });
  list(folder, 'epsSchedule', {
    label: w.schedule,
    options: options(EPSILON_SCHEDULES, (k) => w.schedules[k]),
  });
  const floor = numeric(folder, 'epsFloor', { label: w.epsFloor, min: 0, max: 1, step: 0.001 });
  const episodes = numeric(folder, 'epsEpisodes', { label: w.epsEpisodes, min: 1, max: 100_000, step: 1 });
  const decay = numeric(folder, 'epsDecay', { label: w.epsDecay, min: 0.9, max: 1, step: 0.0001 });

  // View: the algorithm's own state, the Double Q table, the greedy-return interval.
  list(viewTab, 'showAlgo', { label: w.showAlgo });
  // Off: Turbo runs tabular agents on the fused kernel (bit-identical, 3–4× faster); on: the runner.
  list(viewTab, 'genericRunner', { label: w.genericRunner });
  const table = list(viewTab, 'qTable', { label: w.qTable, options: options(Q_TABLES, (k) => w.qTables[k]) });
  numeric(viewTab, 'greedyEvery', {
    label: w.greedyEvery,
    min: 0,
    max: Math.min(1000, GREEDY_EVERY_MAX),
    step: 1,
  });

  return {
    folder,
    refresh: (s) => {
      for (const [key, kinds] of Object.entries(OWN_PARAMS)) {
        own[key as keyof typeof OWN_PARAMS].hidden = !(kinds as readonly string[]).includes(s.agentKind);
      }
      floor.hidden = s.epsSchedule === 'constant';
      episodes.hidden = s.epsSchedule !== 'linear';
      decay.hidden = s.epsSchedule !== 'exponential';
      table.hidden = s.agentKind !== ('double-q' as string);
    },
  };
}
