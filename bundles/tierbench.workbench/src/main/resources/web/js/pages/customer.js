// One customer: attributes (masked by the API for viewers), purchase facts, every classifier's label with its
// explanation, tags, tier history, orders, interactions, and the customer tabs that plugins contribute.
import {api} from '../api.js';
import {facts, h, show, table} from '../dom.js';
import {formatDate, formatNumber, label, t, title} from '../i18n.js';
import {loading, notice, problemBox} from '../feedback.js';
import {mountView, viewContext} from '../views.js';

const ATTRIBUTES = ['id', 'name', 'type', 'phone', 'email', 'wechatId', 'gender', 'birthYear', 'occupation',
  'incomeBand', 'country', 'province', 'city', 'industry', 'companySize', 'acquisitionChannel', 'owner',
  'createdDate'];

export async function render(element, context) {
  show(element, h('p', {}, h('a', {href: '#/customers', 'data-testid': 'back-to-customers'}, t('customer.back'))),
    loading());
  let answer;
  try {
    answer = await api(`/customers/${encodeURIComponent(context.customerId)}`);
  } catch (error) {
    show(element, h('p', {}, h('a', {href: '#/customers'}, t('customer.back'))), problemBox(error));
    return;
  }
  const person = answer.customer ?? {};
  const tabs = [
    {id: 'overview', title: t('customer.overview'), draw: (panel) => overview(panel, answer)},
    {id: 'orders', title: `${t('customer.orders')} (${(answer.orders ?? []).length})`,
      draw: (panel) => show(panel, orders(answer.orders ?? []))},
    {id: 'interactions', title: `${t('customer.interactions')} (${(answer.interactions ?? []).length})`,
      draw: (panel) => show(panel, interactions(answer.interactions ?? []))},
    ...context.views.filter((view) => view.placement === 'customer-tab').map((view) => ({
      id: `view-${view.id}`, title: title(view), view,
      draw: (panel) => mountView(view, panel, viewContext({runId: answer.run?.id ?? null, customerId: person.id,
        view: view.id}))})),
  ];
  const bar = h('div', {class: 'tabs', role: 'tablist', 'data-testid': 'customer-tabs'});
  const panels = h('div', {class: 'tab-panels'});
  const drawn = new Map();
  const select = (tab) => {
    for (const button of bar.children) button.setAttribute('aria-selected', String(button.dataset.tab === tab.id));
    for (const panel of panels.children) panel.hidden = panel.dataset.tab !== tab.id;
    if (!drawn.has(tab.id)) {
      const panel = h('div', {class: 'tab-panel', role: 'tabpanel', 'data-tab': tab.id,
        'data-testid': tab.view ? 'customer-view' : `customer-panel-${tab.id}`,
        'data-view-id': tab.view ? tab.view.id : null});
      drawn.set(tab.id, panel);
      panels.append(panel);
      tab.draw(panel);
    }
  };
  for (const tab of tabs) {
    bar.append(h('button', {type: 'button', role: 'tab', 'data-tab': tab.id, 'data-testid': 'customer-tab',
      onclick: () => select(tab)}, tab.title));
  }
  show(element,
    h('p', {}, h('a', {href: '#/customers', 'data-testid': 'back-to-customers'}, t('customer.back'))),
    h('h2', {'data-testid': 'customer-title', 'data-customer-id': person.id}, `${person.name ?? ''} `,
      h('small', {}, person.id)),
    answer.masked ? notice(t('customers.masked'), 'masked-notice') : null,
    bar, panels);
  select(tabs[0]);
}

function overview(panel, answer) {
  const person = answer.customer ?? {};
  const purchases = answer.purchases ?? {};
  const extra = Object.entries(person.attributes ?? {});
  show(panel, h('div', {class: 'columns'},
    h('section', {class: 'panel', 'data-testid': 'customer-attributes'}, h('h3', {}, t('customer.attributes')),
      facts(ATTRIBUTES.map((key) => [t(`customer.${key}`), attributeValue(key, person[key])]), {}),
      extra.length ? facts(extra.map(([key, value]) => [key, String(value)])) : null),
    h('section', {class: 'panel', 'data-testid': 'customer-purchases'}, h('h3', {}, t('customer.purchases')),
      facts([
        [t('customer.purchaseCount'), formatNumber(purchases.count ?? 0)],
        [t('customer.totalSpend'), formatNumber(purchases.totalSpend ?? 0, 2)],
        [t('customer.firstPurchase'), purchases.firstPurchase],
        [t('customer.lastPurchase'), purchases.lastPurchase],
      ]),
      h('h3', {}, t('customer.tags')), tags(answer.tags ?? []),
      h('h3', {}, t('customer.tierHistory')), tierHistory(answer.tierHistory ?? []))),
  h('section', {class: 'panel', 'data-testid': 'customer-labels'},
    h('h3', {}, answer.run ? t('customer.labelsOfRun', {id: answer.run.id, asOf: answer.run.asOf}) : t('customer.labels')),
    labels(answer.labels ?? [], Boolean(answer.run))));
}

function attributeValue(key, value) {
  if (value === null || value === undefined || value === '') return null;
  // Masked values come masked from the API; they are shown as sent, in a monospace face where they are ids.
  if (key === 'phone' || key === 'email' || key === 'wechatId') {
    return h('span', {class: 'mono', 'data-testid': `customer-${key}`}, String(value));
  }
  return String(value);
}

function labels(entries, hasRun) {
  if (!hasRun) return notice(t('customer.noRun'));
  if (entries.length === 0) return notice(t('customer.noLabels'));
  return h('div', {class: 'labels'}, entries.map((entry) => h('article', {class: 'label-entry',
    'data-testid': 'customer-label', 'data-classifier': entry.classifier, 'data-scheme': entry.scheme,
    'data-label': entry.label?.key ?? ''},
  h('header', {}, h('span', {class: 'classifier'}, `${entry.classifier} / ${entry.scheme}`),
    h('span', {class: 'badge'}, label(entry.label) || t('customer.noLabel'))),
  scores(entry.scores),
  entry.explanation ? h('p', {class: 'explanation'}, entry.explanation) : null)));
}

function scores(values) {
  const entries = Object.entries(values ?? {});
  if (entries.length === 0) return null;
  return h('p', {class: 'scores'}, entries.map(([key, value]) =>
    h('span', {class: 'score'}, h('code', {}, key), ' ', String(value))));
}

function tags(entries) {
  if (entries.length === 0) return h('p', {class: 'hint'}, t('customer.noTags'));
  return h('p', {class: 'tags', 'data-testid': 'customer-tags'}, entries.map((tag) =>
    h('span', {class: 'tag', title: tag.source ?? ''}, tag.group ? `${tag.group}: ${tag.name}` : tag.name)));
}

function tierHistory(entries) {
  if (entries.length === 0) return h('p', {class: 'hint'}, t('customer.noTierHistory'));
  return table([
    {title: t('runs.run'), value: (row) => `#${row.run}`},
    {title: t('runs.asOf'), value: (row) => row.asOf},
    {title: t('customers.tier'), value: (row) => label(row.tier)},
  ], entries, {class: 'data compact', 'data-testid': 'customer-tier-history'});
}

function orders(entries) {
  if (entries.length === 0) return notice(t('customer.noOrders'));
  return h('div', {class: 'table-scroll'}, table([
    {title: t('order.id'), value: (row) => row.id},
    {title: t('order.orderedAt'), value: (row) => formatDate(row.orderedAt)},
    {title: t('order.amount'), className: 'number', value: (row) => formatNumber(row.amount, 2)},
    {title: t('order.currency'), value: (row) => row.currency},
    {title: t('order.quantity'), className: 'number', value: (row) => formatNumber(row.quantity)},
    {title: t('order.sku'), value: (row) => row.sku},
    {title: t('order.category'), value: (row) => row.category},
    {title: t('order.status'), value: (row) => row.status},
  ], entries, {class: 'data', 'data-testid': 'customer-orders'}));
}

function interactions(entries) {
  if (entries.length === 0) return notice(t('customer.noInteractions'));
  return h('div', {class: 'table-scroll'}, table([
    {title: t('interaction.occurredAt'), value: (row) => formatDate(row.occurredAt)},
    {title: t('interaction.channel'), value: (row) => row.channel},
    {title: t('interaction.kind'), value: (row) => row.kind},
    {title: t('interaction.csat'), className: 'number', value: (row) => row.csat ?? ''},
    {title: t('interaction.nps'), className: 'number', value: (row) => row.nps ?? ''},
    {title: t('interaction.text'), value: (row) => row.text ?? ''},
  ], entries, {class: 'data', 'data-testid': 'customer-interactions'}));
}
