// The dashboard: one card per contributed view of placement dashboard-card, in order. Each card imports its view's
// module and renders it; a card that fails shows its error inside itself.
import {h, show} from '../dom.js';
import {t, formatDate} from '../i18n.js';
import {loading, notice, problemBox, withButton} from '../feedback.js';
import {mountView, viewContext, viewFrame} from '../views.js';
import {latestRun, startRun, today} from '../runs-support.js';

export async function render(element, context) {
  show(element, h('h2', {}, t('nav.dashboard')), loading());
  const run = await latestRun();
  const cards = context.views.filter((view) => view.placement === 'dashboard-card');
  show(element, h('h2', {}, t('nav.dashboard')),
    run ? h('p', {class: 'subtitle', 'data-testid': 'dashboard-run', 'data-run-id': run.id},
      t('dashboard.run', {id: run.id, asOf: run.asOf, finished: formatDate(run.finishedAt)})) : noRun(context));
  if (cards.length === 0) {
    element.append(notice(t('dashboard.noCards'), 'dashboard-empty'));
    return;
  }
  const grid = h('div', {class: 'cards', 'data-testid': 'dashboard-cards'});
  element.append(grid);
  await Promise.all(cards.map((view) => {
    const {frame, body} = viewFrame(view, 'dashboard-card');
    grid.append(frame);
    return mountView(view, body, viewContext({runId: run ? run.id : null, view: view.id}));
  }));
}

function noRun(context) {
  const box = h('div', {class: 'panel', 'data-testid': 'no-run'}, h('p', {}, t('dashboard.noRun')));
  if (!context.session.may('analyst')) {
    box.append(h('p', {class: 'hint'}, t('dashboard.noRunViewer')));
    return box;
  }
  const asOf = h('input', {type: 'date', value: today(), required: true, 'data-testid': 'classify-as-of'});
  const progress = h('div', {'data-testid': 'classify-progress'});
  const button = h('button', {type: 'submit', class: 'primary', 'data-testid': 'classify-now'}, t('dashboard.classify'));
  box.append(h('form', {class: 'inline', onsubmit: (event) => {
    event.preventDefault();
    withButton(button, progress, async () => {
      await startRun(asOf.value, (state) => show(progress, h('span', {class: 'hint'},
        t('runs.progress', {status: t(`runs.status.${state.status ?? 'running'}`)}))));
      // The dashboard draws again around the new run.
      context.navigate('dashboard', {at: Date.now()});
    });
  }}, h('label', {}, t('runs.asOf'), asOf), button), progress);
  return box;
}
