/**
 * The reaction–diffusion scene's Tweakpane panel. Every model parameter, the numerics and the run
 * speed are bound to the `rdSettings` store (sliders clamp, the store validates, the session
 * applies changes at the start of its next frame and rolls back what the dynamics refuse). Buttons
 * call the session. Controls that do not apply to the running sim are not shown: the ODE sims
 * have no diffusion, grid, noise or brush; sim 3 has steps per frame instead of a sim-time rate.
 *
 * Tests find controls by their label text: keep labels unique. Every word comes from the rd catalog;
 * a language change rebuilds the pane from the same store and session (nothing is reset; the open
 * tab and whether the pane was folded are kept).
 */
import type { BindingApi, BindingParams, ButtonApi, FolderApi, TabPageApi } from '@tweakpane/core';
import type { Pane } from 'tweakpane';
import { shallow } from 'zustand/vanilla/shallow';
import { onLanguageChange, t } from '../../i18n/language.ts';
import type { RdSession } from '../../play/rd/session.ts';
import {
  RD_GRID_SIZES,
  RD_SIMS,
  type RdSettings,
  type RdSettingsStore,
  type RdSimId,
} from '../../state/rd-settings.ts';
import { limitTypedValues } from '../shared/field-limit.ts';
import { createPane, type PaneLike } from '../shared/panel.ts';
import { RD_LIMITS } from './limits.ts';

export interface RdPanel {
  dispose(): void;
}

export interface RdPanelActions {
  /** Switch simulation (the scene navigates to `#reaction-diffusion/<n>`). */
  chooseSim(sim: RdSimId): void;
}

/**
 * Bind a store key through a proxy value with conversions (the log-scale rate, dt rounding).
 * A refused value snaps the control back. Returns the unsubscribe.
 */
function bindVia<K extends keyof RdSettings & string, V>(
  pane: PaneLike,
  store: RdSettingsStore,
  key: K,
  params: BindingParams,
  view: { toView: (v: RdSettings[K]) => V; fromView: (v: V) => RdSettings[K] },
): { binding: BindingApi<unknown, V>; unsubscribe: () => void } {
  const proxy = { [key]: view.toView(store.getState()[key]) } as Record<K, V>;
  const binding = pane.addBinding(proxy, key, params) as BindingApi<unknown, V>;
  binding.on('change', (ev) => {
    const value = view.fromView(ev.value);
    if (Object.is(value, store.getState()[key])) return;
    if (store.getState().update({ [key]: value } as Partial<RdSettings>)) {
      proxy[key] = view.toView(store.getState()[key]);
      binding.refresh();
    }
  });
  const unsubscribe = store.subscribe((s) => {
    const v = view.toView(s[key]);
    if (!Object.is(v, proxy[key])) {
      proxy[key] = v;
      binding.refresh();
    }
  });
  return { binding, unsubscribe };
}

const same = <T>(v: T) => v;
/** Whether a setting has a range in RD_LIMITS (own keys only). */
const isLimited = (key: string): key is keyof typeof RD_LIMITS => Object.hasOwn(RD_LIMITS, key);
/** Round to 6 significant digits so that a slider's 50 × 1e-5 is stored as 0.0005, not 0.0005000000000000001. */
const tidy = (v: number) => Number(v.toPrecision(6));

export function mountRdPanel(ctl: RdSession, store: RdSettingsStore, actions: RdPanelActions): RdPanel {
  let built = buildPanel(ctl, store, actions, { expanded: true, tab: 0 });
  const unsubscribeLanguage = onLanguageChange(() => {
    const look = built.view();
    built.dispose();
    built = buildPanel(ctl, store, actions, look);
  });
  return {
    dispose: () => {
      unsubscribeLanguage();
      built.dispose();
    },
  };
}

/** What a rebuild keeps of the pane's look: folded or not, and the open tab. */
interface PanelView {
  expanded: boolean;
  tab: number;
}

function buildPanel(
  ctl: RdSession,
  store: RdSettingsStore,
  actions: RdPanelActions,
  look: PanelView,
): RdPanel & { view(): PanelView } {
  const ode = ctl.sim.kind === 'ode';
  const w = t().rd.panel;
  const pane: Pane = createPane(w.title);
  pane.element.id = 'rd-panel';
  pane.expanded = look.expanded;
  const unsubs: (() => void)[] = [];
  const bind = <K extends keyof RdSettings & string>(p: PaneLike, key: K, params: BindingParams = {}) => {
    const b = bindVia(p, store, key, params, {
      toView: same as (v: RdSettings[K]) => RdSettings[K],
      fromView: (v: RdSettings[K]) => (typeof v === 'number' ? (tidy(v) as RdSettings[K]) : v),
    });
    // A typed value out of range: clamped to the nearest end, with a notice saying why.
    if (isLimited(key)) limitTypedValues(b.binding, { name: String(params.label ?? key), ...RD_LIMITS[key] });
    unsubs.push(b.unsubscribe);
    return b.binding;
  };
  /** A slider over the control's whole allowed range. */
  const range = (key: keyof typeof RD_LIMITS) => ({ min: RD_LIMITS[key].min, max: RD_LIMITS[key].max });
  // A clicked button keeps focus; blur it so Space and the scene keys go to the scene afterwards.
  const button = (p: PaneLike, title: string, onClick: () => void): ButtonApi => {
    const b = p.addButton({ title });
    b.on('click', () => {
      onClick();
      (document.activeElement as HTMLElement | null)?.blur();
    });
    return b;
  };

  // Simulation choice: not a plain setting, it navigates (the scene restarts on the new sim).
  const simProxy = { sim: store.getState().sim };
  const simBinding = pane.addBinding(simProxy, 'sim', {
    label: w.simulation,
    options: Object.fromEntries(RD_SIMS.map((id) => [t().rd.presets[id].label, id])),
  });
  simBinding.on('change', (ev) => {
    if (ev.value !== ctl.sim.id) actions.chooseSim(ev.value);
  });
  const pauseButton = button(pane, w.pause, () => ctl.togglePause());
  button(pane, w.reset, () => ctl.reset());
  if (!ode) button(pane, w.renoise, () => ctl.renoise());
  button(pane, w.loadPreset, () => ctl.loadPreset());

  const tabs = pane.addTab({
    pages: [{ title: w.tabs.run }, { title: w.tabs.model }, { title: w.tabs.numerics }],
  });
  tabs.pages[Math.min(look.tab, tabs.pages.length - 1)].selected = true;
  // Tab pages are containers like folders; `PaneLike` only names Pane and FolderApi.
  const [runTab, modelTab, numTab] = tabs.pages.map((p: TabPageApi) => p as unknown as FolderApi);

  // ---- Run
  if (ode) {
    // Linear, so that a typed value means what it says (a log slider's text box would take log10).
    bind(runTab, 'odeRate', { label: w.odeRate, ...range('odeRate'), step: 0.01 });
  } else {
    const fields = t().rd.hud.fieldName;
    bind(runTab, 'stepsPerFrame', { label: w.stepsPerFrame, ...range('stepsPerFrame'), step: 1 });
    bind(runTab, 'noise', { label: w.noise, ...range('noise'), step: 0.001 });
    bind(runTab, 'seed', { label: w.seed, ...range('seed'), step: 1 });
    bind(runTab, 'brushRadius', { label: w.brushRadius, ...range('brushRadius'), step: 1 });
    bind(runTab, 'brushAmount', { label: w.brushAmount, ...range('brushAmount'), step: 0.01 });
    bind(runTab, 'field', { label: w.field, options: { [fields.u]: 'u', [fields.v]: 'v' } });
    bind(runTab, 'colormap', { label: w.colormap, options: { viridis: 'viridis', inferno: 'inferno' } });
  }

  // ---- Model: du/dt = D_u Δu + a·Hill(u)/v − b·u + c, dv/dt = D_v Δv + r·(u − v)
  bind(modelTab, 'a', { label: w.a, ...range('a'), step: 0.5 });
  bind(modelTab, 'b', { label: w.b, ...range('b'), step: 1 });
  bind(modelTab, 'c', { label: w.c, ...range('c'), step: 0.05 });
  bind(modelTab, 'r', { label: w.r, ...range('r'), step: 0.5 });
  bind(modelTab, 'K', { label: 'K', ...range('K'), step: 0.01 });
  bind(modelTab, 'n', { label: 'n', ...range('n'), step: 0.1 });
  bind(modelTab, 'hill', { label: w.hill, options: { 'uⁿ/(K+uⁿ)': 'K', 'uⁿ/(Kⁿ+uⁿ)': 'Kn' } });
  if (!ode) {
    bind(modelTab, 'Du', { label: 'D_u', ...range('Du'), step: 0.01 });
    bind(modelTab, 'Dv', { label: 'D_v', ...range('Dv'), step: 0.05 });
    bind(modelTab, 'crossDiffusion', { label: w.crossDiffusion });
    modelTab.addBinding({ note: w.crossNote }, 'note', {
      // No label: the text gets the panel's full width.
      label: undefined,
      readonly: true,
      multiline: true,
      rows: 5,
      interval: 0,
    });
  }

  // ---- Numerics
  // A text box without a slider: wide enough for 0.00040. A typed value outside [1e-6, 0.01] is
  // clamped with a notice saying why; the stability policy handles what is unstable.
  bind(numTab, 'dt', { label: 'dt', step: 1e-5, format: (v: number) => v.toFixed(5) });
  if (!ode) {
    bind(numTab, 'onUnstable', {
      label: w.unstable,
      options: {
        [w.unstableOptions.subdivide]: 'subdivide',
        [w.unstableOptions.refuse]: 'refuse',
        [w.unstableOptions.unsafe]: 'unsafe',
      },
    });
    const sides = t().rd.hud.boundary;
    bind(numTab, 'boundary', {
      label: w.boundary,
      options: { [sides.periodic]: 'periodic', [sides.noFlux]: 'no-flux' },
    });
    bind(numTab, 'gridSize', {
      label: w.grid,
      options: Object.fromEntries(
        RD_GRID_SIZES.map((n) => [w.gridOption({ n, side: (n / 10).toFixed(1) }), n]),
      ),
    });
  }

  // The pause button and the pane title follow the run state.
  unsubs.push(
    ctl.state.subscribe(
      (st) => [st.paused, st.blowUp !== ''],
      ([paused, stopped]) => {
        pauseButton.title = paused ? w.resume : w.pause;
        pauseButton.disabled = stopped;
        const state = stopped ? w.stopped : paused ? w.paused : '';
        pane.title = `${w.title} · ${t().rd.presets[ctl.sim.id].label.split(/[:：]/)[0]}${state}`;
      },
      { equalityFn: shallow, fireImmediately: true },
    ),
  );
  return {
    view: () => ({
      expanded: pane.expanded,
      tab: Math.max(
        0,
        tabs.pages.findIndex((p) => p.selected),
      ),
    }),
    dispose: () => {
      for (const u of unsubs) u();
      pane.dispose();
    },
  };
}
