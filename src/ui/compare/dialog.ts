/**
 * The "Compare over N seeds" dialog of the maze and jump scenes: choose which setting B changes and
 * its value, the runs and episodes and what to measure; Run starts the experiment on its own Web
 * Workers (the scene keeps training: other workers, other agents); the chart fills in as runs
 * finish, with the runs done and the time left; Cancel keeps what finished; the verdict says
 * whether B differs from A (src/play/compare/verdict.ts). A language change rewords it in place.
 * `data-state` (idle, running, done, cancelled, failed) and `data-runs-done` are for the tests.
 */
import { formatSig } from '../../core/format.ts';
import { describeError } from '../../i18n/describe-error.ts';
import type { Catalog } from '../../i18n/index.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
import { compareLabHash } from '../../play/compare/lab-link.ts';
import { type CompareRun, type CompareUpdate, startCompare } from '../../play/compare/run.ts';
import {
  type CompareBase,
  type CompareChoice,
  type CompareKey,
  type CompareMetric,
  compareSpec,
  DEFAULT_RUNS,
  defaultEpisodes,
  isAlternative,
  suggestedValue,
} from '../../play/compare/spec.ts';
import { pairedVerdict } from '../../play/compare/verdict.ts';
import { defaultWebWorkers, webExperimentPort } from '../../play/shared/experiment-port.ts';
import { ExperimentRunError } from '../../train/experiment/pool.ts';
import type { ExperimentPort } from '../../train/experiment/protocol.ts';
import { BandChart, type ChartScale } from './band-chart.ts';
import { buildCompareView, el } from './view.ts';
import { problemText, timeLeft, valueName, verdictLines } from './words.ts';
import './compare.css';

type State = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface CompareDialogOptions {
  spawn?: () => ExperimentPort;
  /** Default: the browser's cores less one, which stays with the scene's own training. */
  workers?: number;
}

let open: { close(): void } | null = null;

const show = (v: number) => formatSig(v, 4);

/** Open the dialog for condition A as `base` describes it now (one dialog at a time). */
export function openCompareDialog(base: CompareBase, options: CompareDialogOptions = {}): void {
  open?.close();
  const spawn = options.spawn ?? webExperimentPort;
  const workers = options.workers ?? Math.max(1, defaultWebWorkers() - 1);

  const {
    dialog,
    title,
    intro,
    form,
    fieldset,
    paramSelect,
    valueA,
    valueB,
    choiceB,
    runsInput,
    episodesInput,
    metricSelect,
    labels,
    problem,
    runButton,
    cancelButton,
    labButton,
    closeButton,
    status,
    chartBox,
    verdictBox,
  } = buildCompareView();

  // The choice, first: the step size where the agent has one (the posts' question), else the first offered.
  const firstParam =
    base.params.find((p) => p.key === 'learningRate') ??
    base.params.find((p) => p.key === 'epsilon') ??
    base.params[0];
  const choice: CompareChoice = {
    param: firstParam.key,
    value: suggestedValue(firstParam.key, firstParam.value),
    runs: DEFAULT_RUNS,
    episodes: defaultEpisodes(base.scene),
    metric: base.metrics[0],
  };
  valueB.value = String(choice.value);
  const alt = base.alternatives;
  const firstOther = alt.list.find((a) => a.value !== alt.current)?.value ?? alt.current;
  runsInput.value = String(choice.runs);
  episodesInput.value = String(choice.episodes);

  let state: State = 'idle';
  let run: CompareRun | null = null;
  let last: CompareUpdate | null = null;
  /** The choice the shown results were run with (the form may change after). */
  let ran: CompareChoice | null = null;
  let failure = '';
  let chart: BandChart | null = null;

  const aValue = () => base.params.find((p) => p.key === choice.param)?.value ?? Number.NaN;
  const aShown = (w: Catalog['compare']) =>
    isAlternative(choice.param) ? valueName(w, choice.param, alt.current) : show(aValue());
  /** Show the number field or the list for B, as the setting that changes needs. */
  const showB = () => {
    const listed = isAlternative(choice.param);
    valueB.hidden = listed;
    choiceB.hidden = !listed;
    labels.b.htmlFor = listed ? choiceB.id : valueB.id;
  };
  const setState = (s: State) => {
    state = s;
    dialog.dataset.state = s;
    fieldset.disabled = s === 'running';
    runButton.disabled = s === 'running';
    // A disabled control drops the focus: hand it on (Run → Cancel → Run) so the keys stay here.
    const had = dialog.contains(document.activeElement) && document.activeElement !== document.body;
    const focused = document.activeElement as HTMLElement | null;
    cancelButton.disabled = s !== 'running';
    if (s === 'running' && (!had || focused === runButton || fieldset.contains(focused)))
      cancelButton.focus();
    else if (s !== 'running' && (!had || focused === cancelButton)) runButton.focus();
  };

  const readForm = () => {
    choice.param = paramSelect.value as CompareKey;
    choice.value = isAlternative(choice.param)
      ? choiceB.value
      : Number(valueB.value.trim().replace('−', '-'));
    choice.runs = Number(runsInput.value);
    choice.episodes = Number(episodesInput.value);
    choice.metric = metricSelect.value as CompareMetric;
  };

  const renderStatus = (w: Catalog['compare']) => {
    if (state === 'failed') status.textContent = w.failed({ why: failure });
    else if (state === 'idle' || last === null)
      status.textContent =
        state === 'running' ? w.progressStart({ total: 2 * (ran?.runs ?? choice.runs) }) : '';
    else if (state === 'cancelled')
      status.textContent = w.cancelled({ done: last.runsDone, total: last.runsTotal });
    else if (state === 'done')
      status.textContent = w.finished({ done: last.runsDone, seconds: formatSig(last.elapsedMs / 1000, 2) });
    else
      status.textContent = Number.isFinite(last.etaMs)
        ? w.progress({ done: last.runsDone, total: last.runsTotal, eta: timeLeft(last.etaMs, w) })
        : w.progressStart({ total: last.runsTotal });
    dialog.dataset.runsDone = String(last?.runsDone ?? 0);
  };

  const renderResults = (w: Catalog['compare']) => {
    if (!last || !ran || !chart) {
      verdictBox.replaceChildren();
      return;
    }
    const metric = ran.metric;
    const [a, b] = last.result.conditions;
    const key = ran.param;
    const name = w.params[key];
    const valueOfA = isAlternative(key) ? alt.current : a.point[key];
    chart.setData(
      [a.curves[metric], b.curves[metric]],
      [
        w.legend({ which: 'A', name, value: valueName(w, key, valueOfA), runs: a.runs }),
        w.legend({ which: 'B', name, value: valueName(w, key, ran.value), runs: b.runs }),
      ],
    );
    const v = pairedVerdict(a.summary?.perRun ?? [], b.summary?.perRun ?? []);
    const lines = verdictLines(w, v, metric, ran.episodes);
    verdictBox.dataset.kind = v.kind;
    verdictBox.replaceChildren(
      ...lines.map((text, i) =>
        el('p', { textContent: text, className: i === 0 ? 'compare-verdict-main' : '' }),
      ),
    );
  };

  const applyWords = () => {
    const w = t().compare;
    title.textContent = w.title;
    intro.textContent = w.intro;
    labels.param.textContent = w.param;
    labels.a.textContent = w.valueA;
    labels.b.textContent = w.valueB;
    labels.runs.textContent = w.runs;
    labels.episodes.textContent = w.episodes;
    labels.metric.textContent = w.metric;
    paramSelect.replaceChildren(
      ...[...base.params.map((p) => p.key), alt.key].map((key) =>
        el('option', { value: key, textContent: w.params[key] }),
      ),
    );
    paramSelect.value = choice.param;
    choiceB.replaceChildren(
      ...alt.list
        .filter((a) => a.value !== alt.current)
        .map((a) => el('option', { value: a.value, textContent: valueName(w, alt.key, a.value) })),
    );
    choiceB.value = isAlternative(choice.param) ? String(choice.value) : firstOther;
    metricSelect.replaceChildren(
      ...base.metrics.map((m) => el('option', { value: m, textContent: w.metrics[m] })),
    );
    metricSelect.value = choice.metric;
    valueA.textContent = aShown(w);
    showB();
    runButton.textContent = w.run;
    cancelButton.textContent = w.cancel;
    labButton.textContent = w.openLab;
    labButton.title = w.openLabHint;
    closeButton.textContent = w.close;
    problem.textContent = problemText(w, base, choice);
    renderStatus(w);
    if (chart && ran) {
      chart.reset(w.xAxis, scaleOf(ran.metric));
      renderResults(w);
    }
  };

  const start = () => {
    readForm();
    const w = t().compare;
    const why = problemText(w, base, choice);
    problem.textContent = why;
    if (why) return;
    run?.cancel();
    ran = { ...choice };
    last = null;
    failure = '';
    chart?.destroy();
    chart = new BandChart(chartBox);
    chart.reset(w.xAxis, scaleOf(ran.metric));
    verdictBox.replaceChildren();
    setState('running');
    renderStatus(w);
    let thisRun: CompareRun;
    try {
      thisRun = startCompare(compareSpec(base, ran), {
        spawn,
        workers,
        onUpdate: (u) => {
          if (run !== thisRun) return;
          last = u;
          const words = t().compare;
          renderStatus(words);
          renderResults(words);
        },
      });
    } catch (e) {
      failure = describeError(e);
      setState('failed');
      renderStatus(w);
      return;
    }
    run = thisRun;
    thisRun.done.then(
      (outcome) => {
        if (run !== thisRun) return;
        run = null;
        setState(outcome.cancelled ? 'cancelled' : 'done');
        const words = t().compare;
        renderStatus(words);
        renderResults(words);
      },
      (e: unknown) => {
        if (run !== thisRun) return;
        run = null;
        failure = describeError(e);
        // The runs folded before the failure stay on the chart, with their verdict.
        const partial = e instanceof ExperimentRunError ? e.partial : null;
        if (partial) {
          const elapsedMs = last?.elapsedMs ?? 0;
          last = {
            result: partial,
            runsDone: partial.runsDone,
            runsTotal: partial.runsTotal,
            etaMs: Number.NaN,
            elapsedMs,
          };
        }
        setState('failed');
        const words = t().compare;
        renderStatus(words);
        renderResults(words);
      },
    );
  };

  paramSelect.addEventListener('change', () => {
    choice.param = paramSelect.value as CompareKey;
    if (isAlternative(choice.param)) {
      choice.value = firstOther;
      choiceB.value = firstOther;
    } else {
      choice.value = suggestedValue(choice.param, aValue());
      valueB.value = String(choice.value);
    }
    valueA.textContent = aShown(t().compare);
    showB();
    problem.textContent = '';
  });
  form.addEventListener('input', () => {
    readForm();
    problem.textContent = problemText(t().compare, base, choice);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    start();
  });
  cancelButton.addEventListener('click', () => run?.cancel());
  // The form's comparison, as it would run, in the Lab (more seeds, save, export). Leaving the
  // scene by the hash closes this dialog and cancels a run under way.
  labButton.addEventListener('click', () => {
    readForm();
    const why = problemText(t().compare, base, choice);
    problem.textContent = why;
    if (why) return;
    // The Lab titles a built spec by its name: give it the dialog's words, in the page's language.
    const w = t().compare;
    const name = `${w.title}: ${w.params[choice.param]} ${aShown(w)} → ${valueName(w, choice.param, choice.value)}`;
    location.hash = compareLabHash({ ...compareSpec(base, choice), name: name.slice(0, 80) });
  });
  const onResize = () => chart?.resize();
  const close = () => {
    if (open !== handle) return;
    open = null;
    run?.cancel();
    run = null;
    stopWords();
    window.removeEventListener('hashchange', close);
    window.removeEventListener('resize', onResize);
    chart?.destroy();
    if (dialog.open) dialog.close();
    dialog.remove();
  };
  const handle = { close };
  closeButton.addEventListener('click', close);
  // Escape closes a modal dialog: it is a close here too (a run under way is cancelled).
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  // Keys typed here are the dialog's, never the scene's (Space would pause it, Escape leave it).
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
    e.stopPropagation();
  });
  dialog.addEventListener('keyup', (e) => e.stopPropagation());
  // Leaving the scene (another route) ends the comparison with it.
  window.addEventListener('hashchange', close);
  window.addEventListener('resize', onResize);
  const stopWords = onLanguageChange(applyWords);
  open = handle;
  setState('idle');
  applyWords();
  dialog.showModal();
  // The panel's buttons let go of the focus after their click (keys back to the scene), which
  // would take it from the dialog: give it to the first field once that is done.
  requestAnimationFrame(() => {
    if (dialog.open && !dialog.contains(document.activeElement)) paramSelect.focus();
  });
}

function scaleOf(metric: CompareMetric): ChartScale {
  return metric === 'steps' ? 'log' : metric === 'success' ? 'unit' : 'linear';
}

/** Close the dialog if one is open (a scene shutting down). */
export function closeCompareDialog(): void {
  open?.close();
}
