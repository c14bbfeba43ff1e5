// Plugins (admins): the installed bundles and features, installing a plugin jar by upload, uninstalling a plugin.
// Views, columns and commands of a plugin appear at the next page load.
import {api, itemsOf} from '../api.js';
import {h, show, table} from '../dom.js';
import {t} from '../i18n.js';
import {loading, notice, withButton} from '../feedback.js';

export async function render(element, context) {
  const output = h('div', {'data-testid': 'plugin-output', 'aria-live': 'polite'});
  show(element, h('h2', {}, t('nav.plugins')), uploadForm(output, context), output, loading());
  const answer = await api('/plugins');
  const bundles = answer?.bundles ?? itemsOf(answer);
  const features = answer?.features ?? [];
  element.lastChild.replaceWith(h('div', {},
    bundleTable(bundles, output, context), featureTable(features)));
}

function uploadForm(output, context) {
  const file = h('input', {type: 'file', accept: '.jar', required: true, 'data-testid': 'plugin-file'});
  const button = h('button', {type: 'submit', class: 'primary', 'data-testid': 'plugin-upload'}, t('plugins.install'));
  return h('form', {class: 'panel inline', 'data-testid': 'plugin-form', onsubmit: (event) => {
    event.preventDefault();
    const jar = file.files[0];
    if (!jar) return;
    withButton(button, output, async () => {
      const installed = await api('/plugins', {method: 'POST', raw: jar, contentType: 'application/java-archive',
        query: {filename: jar.name}});
      const name = installed?.symbolicName ?? installed?.name ?? jar.name;
      context.navigate('plugins', {installed: name});
    });
  }}, h('label', {}, t('plugins.jar'), file), button, h('p', {class: 'hint'}, t('plugins.hint')),
  context.params.get('installed') ? h('p', {class: 'success', 'data-testid': 'plugin-installed'},
    t('plugins.installed', {name: context.params.get('installed')})) : null,
  context.params.get('removed') ? h('p', {class: 'success', 'data-testid': 'plugin-removed'},
    t('plugins.removed', {name: context.params.get('removed')})) : null);
}

/** @return whether the bundle may be uninstalled here, as the API marks it (installed here or from deploy/) */
function removable(bundle) {
  return Boolean(bundle.removable);
}

function bundleTable(bundles, output, context) {
  if (bundles.length === 0) return notice(t('plugins.noBundles'));
  const sorted = bundles.slice().sort((a, b) => Number(removable(b)) - Number(removable(a))
    || String(a.symbolicName ?? '').localeCompare(String(b.symbolicName ?? '')));
  return h('section', {class: 'panel'}, h('h3', {}, t('plugins.bundles')), h('div', {class: 'table-scroll'}, table([
    {title: t('plugins.id'), className: 'number', value: (bundle) => bundle.id},
    {title: t('plugins.symbolicName'), value: (bundle) => bundle.symbolicName ?? ''},
    {title: t('plugins.name'), value: (bundle) => bundle.name ?? ''},
    {title: t('plugins.version'), value: (bundle) => bundle.version ?? ''},
    {title: t('plugins.state'), value: (bundle) => String(bundle.state ?? '').toLowerCase()},
    {title: t('plugins.plugin'), value: (bundle) => (bundle.plugin ? '✓' : '')},
    {title: '', value: (bundle) => removable(bundle) ? uninstallButton(bundle, output, context) : ''},
  ], sorted, {class: 'data compact', 'data-testid': 'plugin-bundles'}, (bundle) => ({'data-testid': 'plugin-bundle',
    'data-bundle-id': bundle.id, 'data-symbolic-name': bundle.symbolicName ?? '',
    'data-plugin': removable(bundle)}))));
}

function uninstallButton(bundle, output, context) {
  const name = bundle.symbolicName ?? String(bundle.id);
  const button = h('button', {type: 'button', class: 'danger', 'data-testid': 'plugin-uninstall',
    onclick: () => {
      if (!window.confirm(t('plugins.confirmUninstall', {name}))) return;
      withButton(button, output, async () => {
        await api(bundle.links?.self ?? `/plugins/${encodeURIComponent(bundle.id)}`, {method: 'DELETE'});
        context.navigate('plugins', {removed: name});
      });
    }}, t('plugins.uninstall'));
  return button;
}

function featureTable(features) {
  if (features.length === 0) return null;
  return h('section', {class: 'panel'}, h('h3', {}, t('plugins.features')), h('div', {class: 'table-scroll'}, table([
    {title: t('plugins.name'), value: (feature) => feature.name ?? feature.id ?? ''},
    {title: t('plugins.version'), value: (feature) => feature.version ?? ''},
    {title: t('plugins.state'), value: (feature) => String(feature.state
      ?? (feature.installed === undefined ? '' : feature.installed ? t('plugins.installedState') : '')).toLowerCase()},
    {title: t('plugins.description'), value: (feature) => feature.description ?? ''},
  ], features, {class: 'data compact', 'data-testid': 'plugin-features'}, (feature) => ({'data-testid': 'plugin-feature',
    'data-feature': feature.name ?? ''}))));
}

