// How the workbench shows failures, progress and outcomes.
import {h} from './dom.js';
import {t} from './i18n.js';

/** A box with a problem's title and detail, and each field error. */
export function problemBox(error, testid = 'problem') {
  const detail = error?.detail ?? error?.message ?? String(error);
  const title = error?.status ? `${error.title || t('error.title')} (${error.status})` : t('error.title');
  return h('div', {class: 'problem', role: 'alert', 'data-testid': testid},
    h('strong', {}, title), ' ', h('span', {class: 'problem-detail'}, detail),
    error?.errors?.length ? h('ul', {}, error.errors.map((field) =>
      h('li', {}, h('code', {}, field.field), ': ', field.message))) : null);
}

export function notice(text, testid = 'notice') {
  return h('p', {class: 'notice', 'data-testid': testid}, text);
}

export function loading() {
  return h('p', {class: 'loading'}, t('common.loading'));
}

/** Runs an action for a button: disables it meanwhile, shows the outcome or the problem in the given element. */
export async function withButton(button, output, action) {
  button.disabled = true;
  try {
    return await action();
  } catch (error) {
    if (output) output.replaceChildren(problemBox(error));
    return undefined;
  } finally {
    button.disabled = false;
  }
}
