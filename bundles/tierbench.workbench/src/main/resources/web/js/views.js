// Views contributed by plugins: each is an ECMAScript module served by the REST bundle at
// /workbench/views/<id>/<file>, exporting render(element, context). A view that fails shows its error in its own
// element and never breaks the page.
import {api, apiFetch, itemsOf} from './api.js';
import {h, show} from './dom.js';
import {lang, t, title} from './i18n.js';
import {problemBox} from './feedback.js';

/** @return the contributed views, ordered by placement order then id; empty (and a console warning) on failure */
export async function loadViews() {
  try {
    return itemsOf(await api('/views')).slice().sort((a, b) =>
      (a.order ?? 100) - (b.order ?? 100) || String(a.id).localeCompare(String(b.id)));
  } catch (error) {
    console.warn('The contributed views cannot be listed:', error.message);
    return [];
  }
}

/** @return the URL of a view's module: kept when absolute on this server, else below the view's folder */
export function moduleUrl(view) {
  const module = String(view.module ?? 'view.js');
  if (module.startsWith('/')) return module;
  return `/workbench/views/${encodeURIComponent(view.id)}/${module}`;
}

/** The context a view's render function receives. */
export function viewContext(extra = {}) {
  return {lang: lang(), api, fetch: apiFetch, echarts: window.echarts, t, ...extra};
}

/**
 * Imports the view's module and renders it into the element; data-state on the view's frame (the closest element
 * with data-view-id) says how it went: loading, rendered or failed.
 */
export async function mountView(view, element, context) {
  const marked = element.closest('[data-view-id]') ?? element;
  marked.dataset.state = 'loading';
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(String(view.module ?? ''))) {
      throw new Error(t('views.external', {module: view.module}));
    }
    const module = await import(moduleUrl(view));
    if (typeof module.render !== 'function') {
      throw new Error(t('views.noRender', {module: moduleUrl(view)}));
    }
    await module.render(element, context);
    marked.dataset.state = 'rendered';
  } catch (error) {
    console.warn(`The view ${view.id} failed:`, error);
    marked.dataset.state = 'failed';
    show(element, problemBox(error, 'view-error'));
  }
}

/** A card (or tab panel) for a view: its title and the element it renders into. */
export function viewFrame(view, testid, className = 'card') {
  const body = h('div', {class: 'view-body'});
  const frame = h('section', {class: className, 'data-view-id': view.id, 'data-testid': testid},
    h('h3', {class: 'card-title'}, title(view)), body);
  return {frame, body};
}
