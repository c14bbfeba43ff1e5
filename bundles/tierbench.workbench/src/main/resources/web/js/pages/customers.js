// The customer table: server-side paging (50 a page), filters by label, tier, tag and text, sorting, the columns and
// commands that plugins contribute, and selection.
import {api, itemsOf} from '../api.js';
import {h, show} from '../dom.js';
import {formatNumber, label, t, title} from '../i18n.js';
import {loading, notice, problemBox} from '../feedback.js';
import {latestLabels} from '../labels.js';
import {commandBar} from './commands.js';

export const PAGE_SIZE = 50;

/** The built-in columns; those with a sort key can be sorted by the API. */
const COLUMNS = [
  {id: 'id', sort: 'id', value: (row) => row.id},
  {id: 'name', sort: 'name', value: (row) => row.name},
  {id: 'phone', value: (row) => row.phone},
  {id: 'city', value: (row) => [row.province, row.city].filter(Boolean).join(' ')},
  {id: 'owner', value: (row) => row.owner},
  {id: 'purchaseCount', className: 'number', value: (row) => formatNumber(row.purchaseCount)},
  {id: 'totalSpend', sort: 'total_spend', className: 'number', value: (row) => formatNumber(row.totalSpend, 2)},
  {id: 'lastPurchase', sort: 'last_purchase', value: (row) => row.lastPurchase ?? ''},
];

const FILTERS = ['label', 'tier', 'tag', 'q', 'sort', 'order'];

export async function render(element, context) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, context.params.get(name) ?? '']));
  const page = Math.max(1, Number.parseInt(context.params.get('page') ?? '1', 10) || 1);
  show(element, h('h2', {}, t('nav.customers')), loading());
  const [choices, columns, commands] = await Promise.all([labelChoices(), contributed('/columns'),
    contributed('/commands')]);
  const go = (changes) => context.navigate('customers', {...filters, page, ...changes});
  const results = h('div', {class: 'results'}, loading());
  show(element, h('h2', {}, t('nav.customers')), filterBar(filters, choices, go), results);
  let answer;
  try {
    answer = await api('/customers', {query: {...filters, page, size: PAGE_SIZE}});
  } catch (error) {
    show(results, problemBox(error));
    return;
  }
  const selection = new Set();
  const usable = commands.filter((command) => context.session.may(command.role || 'analyst'));
  const bar = usable.length ? commandBar(usable, selection) : null;
  show(results,
    answer.masked ? notice(t('customers.masked'), 'masked-notice') : null,
    bar,
    customerTable(answer, columns, filters, selection, () => bar?.selectionChanged(), go, context),
    pager(answer, page, go));
}

async function contributed(path) {
  try {
    return itemsOf(await api(path));
  } catch (error) {
    console.warn(`${path} cannot be listed:`, error.message);
    return [];
  }
}

async function labelChoices() {
  const [classifiers, groups] = await Promise.all([contributed('/classifiers'), latestLabels()]);
  const names = new Map(classifiers.map((classifier) => [classifier.id, classifier.name || classifier.id]));
  return {names, groups};
}

function filterBar(filters, {names, groups}, go) {
  const tierGroup = groups.find((group) => group.classifier === 'tier' && group.scheme === 'tier');
  const labelSelect = h('select', {name: 'label', 'data-testid': 'customer-filter-label',
    onchange: (event) => go({label: event.target.value, page: 1})},
  h('option', {value: ''}, t('customers.anyLabel')),
  groups.filter((group) => group !== tierGroup).map((group) => h('optgroup',
    {label: `${names.get(group.classifier) ?? group.classifier} · ${group.scheme}`},
    group.labels.map((entry) => {
      const value = `${group.classifier}/${group.scheme}/${entry.key}`;
      return h('option', {value, selected: value === filters.label}, labelWithCount(entry));
    }))));
  const tierSelect = h('select', {name: 'tier', 'data-testid': 'customer-filter-tier',
    onchange: (event) => go({tier: event.target.value, page: 1})},
  h('option', {value: ''}, t('customers.anyTier')),
  (tierGroup?.labels ?? []).map((entry) =>
    h('option', {value: entry.key, selected: entry.key === filters.tier}, labelWithCount(entry))));
  const tag = h('input', {name: 'tag', value: filters.tag, placeholder: t('customers.tag'),
    'data-testid': 'customer-filter-tag'});
  const text = h('input', {name: 'q', type: 'search', value: filters.q, placeholder: t('customers.search'),
    'data-testid': 'customer-filter-q'});
  return h('form', {class: 'filters', 'data-testid': 'customer-filters', onsubmit: (event) => {
    event.preventDefault();
    go({tag: tag.value.trim(), q: text.value.trim(), page: 1});
  }},
  h('label', {}, t('customers.label'), labelSelect),
  h('label', {}, t('customers.tier'), tierSelect),
  h('label', {}, t('customers.tag'), tag),
  h('label', {}, t('customers.search'), text),
  h('button', {type: 'submit', 'data-testid': 'customer-filter-apply'}, t('customers.apply')),
  h('button', {type: 'button', class: 'link', 'data-testid': 'customer-filter-clear',
    onclick: () => go({label: '', tier: '', tag: '', q: '', page: 1})}, t('customers.clear')));
}

function labelWithCount(entry) {
  return entry.customers === null ? label(entry) : `${label(entry)} (${formatNumber(entry.customers)})`;
}

function customerTable(answer, columns, filters, selection, selectionChanged, go, context) {
  const rows = itemsOf(answer);
  if (rows.length === 0) {
    return notice(t('customers.none'), 'customer-empty');
  }
  const boxes = [];
  const all = h('input', {type: 'checkbox', 'aria-label': t('customers.selectAll'),
    'data-testid': 'customer-select-all', onchange: (event) => {
      for (const box of boxes) {
        box.checked = event.target.checked;
        box.dispatchEvent(new Event('change'));
      }
    }});
  const header = h('tr', {}, h('th', {class: 'select'}, all),
    COLUMNS.map((column) => sortableHeader(column, filters, go)),
    columns.map((column) => h('th', {'data-column-id': column.id}, title(column))));
  const body = h('tbody', {}, rows.map((row) => {
    const box = h('input', {type: 'checkbox', 'aria-label': row.id, 'data-testid': 'customer-select',
      onclick: (event) => event.stopPropagation(),
      onchange: (event) => {
        if (event.target.checked) selection.add(row.id); else selection.delete(row.id);
        selectionChanged();
      }});
    boxes.push(box);
    const open = () => context.navigate(`customers/${encodeURIComponent(row.id)}`);
    return h('tr', {class: 'clickable', 'data-testid': 'customer-row', 'data-customer-id': row.id, tabindex: 0,
      onclick: open, onkeydown: (event) => { if (event.key === 'Enter') open(); }},
    h('td', {class: 'select', onclick: (event) => event.stopPropagation()}, box),
    COLUMNS.map((column) => h('td', {class: column.className, 'data-column': column.id}, column.value(row))),
    columns.map((column) => h('td', {'data-column-id': column.id}, cell(row.columns?.[column.id]))));
  }));
  return h('div', {class: 'table-scroll'},
    h('table', {class: 'data', 'data-testid': 'customer-table'}, h('thead', {}, header), body));
}

function sortableHeader(column, filters, go) {
  const text = t(`customer.${column.id}`);
  if (!column.sort) return h('th', {class: column.className}, text);
  const active = filters.sort === column.sort || (!filters.sort && column.sort === 'id');
  const descending = active && filters.order === 'desc';
  const arrow = active ? (descending ? ' ▼' : ' ▲') : '';
  return h('th', {class: `${column.className ?? ''} sortable`, 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none'},
    h('button', {type: 'button', class: 'link', 'data-testid': `sort-${column.sort}`,
      onclick: () => go({sort: column.sort, order: active && !descending ? 'desc' : 'asc', page: 1})}, text + arrow));
}

function cell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'object') return label(value);
  return String(value);
}

function pager(answer, page, go) {
  const total = Number(answer.total ?? 0);
  const size = Number(answer.size ?? PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / size));
  const first = total === 0 ? 0 : (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return h('div', {class: 'pager', 'data-testid': 'pager'},
    h('button', {type: 'button', disabled: page <= 1, 'data-testid': 'page-prev', onclick: () => go({page: page - 1})},
      t('pager.previous')),
    h('span', {'data-testid': 'page-info', 'data-total': total, 'data-page': page},
      t('pager.info', {first: formatNumber(first), last: formatNumber(last), total: formatNumber(total),
        page: formatNumber(page), pages: formatNumber(pages)})),
    h('button', {type: 'button', disabled: page >= pages, 'data-testid': 'page-next', onclick: () => go({page: page + 1})},
      t('pager.next')));
}
