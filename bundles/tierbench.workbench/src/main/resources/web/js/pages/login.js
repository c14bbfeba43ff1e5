// The login form: POST /api/v1/session; a failure shows the problem's detail.
import {api} from '../api.js';
import {h, show} from '../dom.js';
import {t} from '../i18n.js';

/**
 * @param options message (shown above the form, or null), languages (makes the language select, given a callback
 *        run after a switch), onLogin (called with the session answer)
 */
export function form({message, languages, onLogin}) {
  const holder = h('div', {class: 'login-page'});
  const draw = () => show(holder, loginForm(message, onLogin, languages(draw)));
  draw();
  return holder;
}

function loginForm(message, onLogin, languageSelect) {
  const username = h('input', {name: 'username', autocomplete: 'username', required: true, autofocus: true,
    'data-testid': 'login-username'});
  const password = h('input', {name: 'password', type: 'password', autocomplete: 'current-password', required: true,
    'data-testid': 'login-password'});
  const error = h('div', {class: 'login-error', 'data-testid': 'login-error', 'aria-live': 'polite'});
  const submit = h('button', {type: 'submit', class: 'primary', 'data-testid': 'login-submit'}, t('login.submit'));
  const onsubmit = async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.replaceChildren();
    try {
      const answer = await api('/session', {method: 'POST',
        body: {username: username.value.trim(), password: password.value}});
      password.value = '';
      await onLogin(answer);
    } catch (problem) {
      error.replaceChildren(h('p', {class: 'problem', role: 'alert'}, problem.detail || problem.message));
      password.select();
    } finally {
      submit.disabled = false;
    }
  };
  return h('form', {class: 'login', 'data-testid': 'login-form', onsubmit},
    h('div', {class: 'login-head'}, h('h1', {}, 'Tierbench'), languageSelect),
    h('p', {class: 'subtitle'}, t('login.subtitle')),
    message ? h('p', {class: 'notice', 'data-testid': 'login-message'}, message) : null,
    h('label', {}, t('login.username'), username),
    h('label', {}, t('login.password'), password),
    error, submit);
}
