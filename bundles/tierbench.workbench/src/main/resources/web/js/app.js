// The workbench: login, the frame (top bar, navigation by role, language) and the hash routes to the pages.
import {api, setCsrfToken} from './api.js';
import {h, show} from './dom.js';
import {LANGUAGES, lang, loadDictionaries, setLang, t, title} from './i18n.js';
import {UserSession} from './session.js';
import {problemBox} from './feedback.js';
import {loadViews} from './views.js';
import * as dashboard from './pages/dashboard.js';
import * as customers from './pages/customers.js';
import * as customer from './pages/customer.js';
import * as classifiers from './pages/classifiers.js';
import * as runs from './pages/runs.js';
import * as imports from './pages/imports.js';
import * as plugins from './pages/plugins.js';
import * as contributed from './pages/contributed.js';
import * as login from './pages/login.js';

/** The pages in the navigation, each with the role it needs. */
const PAGES = [
  {id: 'dashboard', role: 'viewer', page: dashboard},
  {id: 'customers', role: 'viewer', page: customers},
  {id: 'classifiers', role: 'viewer', page: classifiers},
  {id: 'runs', role: 'viewer', page: runs},
  {id: 'imports', role: 'analyst', page: imports},
  {id: 'plugins', role: 'admin', page: plugins},
];

const root = document.getElementById('app');
let session = null;
let views = [];
let main = null;

/** @return {path: ['customers', 'C1'], params: URLSearchParams} of the location's hash */
export function route() {
  const hash = decodeURI(location.hash.replace(/^#\/?/, ''));
  const [path, search = ''] = hash.split('?');
  return {path: path.split('/').filter(Boolean), params: new URLSearchParams(search)};
}

/** Goes to a route such as 'customers' with query parameters (empty values left out). */
export function navigate(path, params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  location.hash = `#/${path}${text ? `?${text}` : ''}`;
}

async function start() {
  try {
    await loadDictionaries();
  } catch (error) {
    show(root, problemBox(error));
    return;
  }
  window.addEventListener('hashchange', renderPage);
  window.addEventListener('tierbench:unauthorized', () => {
    if (session) showLogin(t('login.expired'));
  });
  try {
    await enter(await api('/session'));
  } catch (error) {
    showLogin(error.status === 401 ? null : error.detail);
  }
}

function showLogin(message) {
  session = null;
  setCsrfToken(null);
  show(root, login.form({message, languages: languageSelect, onLogin: enter}));
}

async function enter(answer) {
  session = new UserSession(answer);
  setCsrfToken(session.csrfToken);
  views = await loadViews();
  renderFrame();
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    navigate('dashboard');
  } else {
    await renderPage();
  }
}

function renderFrame() {
  main = h('main', {id: 'main', 'data-testid': 'main'});
  show(root, h('header', {class: 'topbar', 'data-testid': 'topbar'},
    h('a', {class: 'brand', href: '#/dashboard'}, 'Tierbench'),
    navigation(),
    h('div', {class: 'user'},
      h('span', {class: 'user-name', 'data-testid': 'current-user'}, session.user),
      h('span', {class: 'roles', 'data-testid': 'current-roles'}, session.roles.map((role) =>
        h('span', {class: 'role', 'data-role': role}, t(`role.${role}`)))),
      languageSelect(() => {
        renderFrame();
        renderPage();
      }),
      h('button', {type: 'button', class: 'link', 'data-testid': 'logout', onclick: logout}, t('nav.logout')))),
  main);
  markCurrent();
}

function navigation() {
  const pages = PAGES.filter((entry) => session.may(entry.role)).map((entry) =>
    h('a', {href: `#/${entry.id}`, 'data-page': entry.id, 'data-testid': `nav-${entry.id}`}, t(`nav.${entry.id}`)));
  const own = views.filter((view) => view.placement === 'page').map((view) =>
    h('a', {href: `#/views/${encodeURIComponent(view.id)}`, 'data-page': `views/${view.id}`,
      'data-testid': 'nav-view', 'data-view-id': view.id}, title(view)));
  return h('nav', {class: 'pages', 'data-testid': 'nav'}, pages, own);
}

function languageSelect(onChange) {
  return h('select', {class: 'language', 'data-testid': 'language-select', 'aria-label': 'Language / 语言',
    onchange: (event) => {
      setLang(event.target.value);
      onChange();
    }}, LANGUAGES.map(({code, name}) => h('option', {value: code, selected: code === lang()}, name)));
}

async function logout() {
  try {
    await api('/session', {method: 'DELETE'});
  } catch (error) {
    // The session may have ended already; the login form is what follows either way.
    console.warn('Logout:', error.message);
  }
  location.hash = '';
  showLogin(t('login.loggedOut'));
}

function markCurrent() {
  const current = route().path.slice(0, route().path[0] === 'views' ? 2 : 1).join('/');
  for (const link of root.querySelectorAll('nav.pages a')) {
    link.classList.toggle('current', link.dataset.page === current);
  }
}

async function renderPage() {
  if (!session || !main) return;
  markCurrent();
  const {path, params} = route();
  const [first = 'dashboard', second] = path;
  // A fresh element per visit: a slow page that was left behind writes into a detached element, never the next page.
  const view = h('div', {class: 'page', 'data-page': first});
  main.replaceChildren(view);
  const context = {session, params, navigate, views, route};
  let entry = PAGES.find((candidate) => candidate.id === first);
  if (first === 'customers' && second) {
    entry = {id: 'customer', role: 'viewer', page: customer};
    context.customerId = decodeURIComponent(second);
  } else if (first === 'views' && second) {
    entry = {id: 'view', role: 'viewer', page: contributed};
    context.viewId = decodeURIComponent(second);
  }
  if (!entry) {
    show(view, h('p', {class: 'notice', 'data-testid': 'not-found'}, t('error.noPage')));
    return;
  }
  if (!session.may(entry.role)) {
    show(view, h('p', {class: 'notice', 'data-testid': 'forbidden'}, t('error.forbidden', {role: t(`role.${entry.role}`)})));
    return;
  }
  document.title = `${t(`nav.${entry.id}`)} · Tierbench`;
  try {
    await entry.page.render(view, context);
  } catch (error) {
    if (error.status === 401) {
      return; // the session ended: the login form has taken the page's place
    }
    console.error(`The page ${entry.id} failed:`, error);
    view.append(problemBox(error));
  }
}

start();
