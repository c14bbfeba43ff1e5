// A migration matrix (customers by label in one run against the other) as a table, with totals; the diagonal holds
// the customers who kept their label.
import {h} from './dom.js';
import {formatNumber, label, t} from './i18n.js';

/** @return the key of a label written either as its key or as {key, en, zh} */
export function labelKey(value) {
  return value && typeof value === 'object' ? value.key : value;
}

/**
 * @param matrix {labels: [{key, en, zh}], moves: [{from, to, customers}] (GET /runs/{from}/migration/{to}) or
 *        cells: [{from, to, count}] (POST /preview), moved?}; from and to are label keys (or label objects); null
 *        stands for "no label in that run"
 */
export function matrixTable(matrix, testid = 'migration-matrix') {
  const names = new Map((matrix.labels ?? []).map((entry) => [entry.key, label(entry)]));
  const keys = [...names.keys()];
  const counts = new Map();
  for (const move of matrix.cells ?? matrix.moves ?? []) {
    for (const key of [labelKey(move.from), labelKey(move.to)]) {
      if (!names.has(key)) {
        names.set(key, key === null || key === undefined ? t('matrix.none') : String(key));
        keys.push(key);
      }
    }
    counts.set(`${labelKey(move.from)}\u0000${labelKey(move.to)}`, Number(move.customers ?? move.count ?? 0));
  }
  const count = (from, to) => counts.get(`${from}\u0000${to}`) ?? 0;
  const rowTotal = (from) => keys.reduce((sum, to) => sum + count(from, to), 0);
  const columnTotal = (to) => keys.reduce((sum, from) => sum + count(from, to), 0);
  const total = keys.reduce((sum, from) => sum + rowTotal(from), 0);
  const moved = matrix.moved ?? keys.reduce((sum, from) => sum + rowTotal(from) - count(from, from), 0);
  return h('div', {class: 'matrix'},
    h('p', {class: 'hint', 'data-testid': `${testid}-moved`, 'data-moved': moved},
      t('matrix.moved', {moved: formatNumber(moved), total: formatNumber(total)})),
    h('div', {class: 'table-scroll'}, h('table', {class: 'data matrix-table', 'data-testid': testid},
      h('thead', {}, h('tr', {}, h('th', {}, t('matrix.fromTo')), keys.map((key) => h('th', {}, names.get(key))),
        h('th', {}, t('matrix.total')))),
      h('tbody', {}, keys.map((from) => h('tr', {}, h('th', {}, names.get(from)),
        keys.map((to) => {
          const value = count(from, to);
          return h('td', {class: `number${from === to ? ' same' : value ? ' moved' : ''}`,
            'data-from': from ?? '', 'data-to': to ?? ''}, value ? formatNumber(value) : '·');
        }),
        h('td', {class: 'number total'}, formatNumber(rowTotal(from)))))),
      h('tfoot', {}, h('tr', {}, h('th', {}, t('matrix.total')),
        keys.map((to) => h('td', {class: 'number total'}, formatNumber(columnTotal(to)))),
        h('td', {class: 'number total'}, formatNumber(total)))))));
}
