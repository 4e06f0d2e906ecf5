/**
 * The Compare dialog's elements, built empty (the words come from dialog.ts, which rewords them on
 * a language change): the form (B's setting and value, runs, episodes, measure), its buttons, the
 * status line, the chart's box and the verdict's box. Ids are the browser tests' handles.
 */
import { EPISODES_MAX, RUNS_MAX } from '../../play/compare/spec.ts';

/** An element with some of its properties set (textContent, id, type…). */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
): HTMLElementTagNameMap[K] => Object.assign(document.createElement(tag), props);

/** Build the dialog and append it to the page. */
export function buildCompareView() {
  const dialog = el('dialog', { id: 'compare-dialog', className: 'compare-dialog' });
  dialog.setAttribute('aria-labelledby', 'compare-title');
  const title = el('h2', { id: 'compare-title' });
  const intro = el('p', { className: 'compare-intro' });
  const form = el('form', { className: 'compare-form' });
  const fieldset = el('fieldset');
  const field = (id: string, control: HTMLElement) => {
    const label = el('label', { htmlFor: id });
    control.id = id;
    fieldset.append(label, control === valueB ? bBox : control);
    return label;
  };
  const paramSelect = el('select');
  const valueA = el('output');
  const valueB = el('input', { type: 'text', inputMode: 'decimal', autocomplete: 'off' });
  // B's other algorithm or learner, in place of the number field when that is what changes.
  const choiceB = el('select', { id: 'compare-b-choice' });
  const bBox = el('div', { className: 'compare-b' });
  bBox.append(valueB, choiceB);
  const runsInput = el('input', { type: 'number', min: '2', max: String(RUNS_MAX), step: '1' });
  const episodesInput = el('input', { type: 'number', min: '1', max: String(EPISODES_MAX), step: '1' });
  const metricSelect = el('select');
  const labels = {
    param: field('compare-param', paramSelect),
    a: field('compare-a', valueA),
    b: field('compare-b', valueB),
    runs: field('compare-runs', runsInput),
    episodes: field('compare-episodes', episodesInput),
    metric: field('compare-metric', metricSelect),
  };
  form.append(fieldset);
  const problem = el('p', { id: 'compare-problem', className: 'compare-problem' });
  problem.setAttribute('role', 'alert');
  const runButton = el('button', { id: 'compare-run', type: 'submit', className: 'compare-primary' });
  const cancelButton = el('button', { id: 'compare-cancel', type: 'button' });
  const labButton = el('button', { id: 'compare-open-lab', type: 'button' });
  const closeButton = el('button', { id: 'compare-close', type: 'button' });
  const buttons = el('div', { className: 'compare-buttons' });
  buttons.append(runButton, cancelButton, labButton, closeButton);
  form.append(problem, buttons);
  const status = el('p', { id: 'compare-status', className: 'compare-status' });
  status.setAttribute('aria-live', 'polite');
  const chartBox = el('div', { id: 'compare-chart' });
  const verdictBox = el('div', { id: 'compare-verdict', className: 'compare-verdict' });
  verdictBox.setAttribute('aria-live', 'polite');
  dialog.append(title, intro, form, status, chartBox, verdictBox);
  document.body.append(dialog);
  return {
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
  };
}

export type CompareView = ReturnType<typeof buildCompareView>;
