// A page of its own, contributed by a plugin (a view of placement page), at #/views/<id>.
import {show} from '../dom.js';
import {t} from '../i18n.js';
import {notice} from '../feedback.js';
import {mountView, viewContext, viewFrame} from '../views.js';
import {latestRun} from '../runs-support.js';

export async function render(element, context) {
  const view = context.views.find((candidate) => candidate.id === context.viewId && candidate.placement === 'page');
  if (!view) {
    show(element, notice(t('views.missing', {id: context.viewId}), 'not-found'));
    return;
  }
  const run = await latestRun();
  const {frame, body} = viewFrame(view, 'view-page', 'view-page');
  show(element, frame);
  await mountView(view, body, viewContext({runId: run ? run.id : null, view: view.id,
    params: Object.fromEntries(context.params)}));
}

