/*
 * RFM dashboard card: how many customers sit in each cell of R score by FM score in a run, each occupied cell named
 * by its segment, as the HTML report draws it. The segment of a cell comes from the "segments" configuration the
 * classifier ran with (stored with the run), so a grid changed since then does not rename old cells.
 * Plain ES2020 module: no imports; the workbench passes ECharts and the API in the context.
 */
const CLASSIFIER = 'rfm';
const SCHEME = 'segment';
const DEFAULT_BINS = 5;

const TEXT = {
  en: {
    noRun: 'No classification run yet.',
    notInRun: 'RFM did not run in run {0}.',
    failed: 'RFM failed in run {0}: {1}',
    noCharts: 'Charts are not available on this page.',
    noScores: 'No customer has RFM scores in run {0}.',
    note: '{0} customers scored; {1} without purchases in the window are not on the grid.',
    r: 'R score',
    fm: 'FM score',
    customers: 'Customers'
  },
  zh: {
    noRun: '还没有分类运行。',
    notInRun: '第 {0} 次运行没有 RFM 的结果。',
    failed: '第 {0} 次运行中 RFM 失败：{1}',
    noCharts: '此页面无法显示图表。',
    noScores: '第 {0} 次运行中没有客户有 RFM 评分。',
    note: '已评分客户 {0} 位；统计窗口内无购买的 {1} 位客户不在网格中。',
    r: 'R 分',
    fm: 'FM 分',
    customers: '客户数'
  }
};

function fill(template, ...args) {
  return template.replace(/\{(\d+)\}/g, (all, i) => String(args[Number(i)]));
}

/** The kebab-case label key of a segment name, as the classifier makes it: "Can't Lose Them" is cant-lose-them. */
export function labelKey(name) {
  const lower = name.trim().toLowerCase().replace(/['\u2019]/g, '');
  return lower.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/**
 * @param entries the "segments" configuration: "Name: RF RF ...; Name: RF ..." (or an array of entries)
 * @return the segment name of each cell, keyed "R,FM"
 */
export function segmentsByCell(entries) {
  const list = Array.isArray(entries) ? entries : String(entries || '').split(';');
  const cells = new Map();
  for (const entry of list) {
    const colon = entry.indexOf(':');
    if (colon < 0) {
      continue;
    }
    const name = entry.slice(0, colon).trim();
    for (const cell of entry.slice(colon + 1).trim().split(/\s+/)) {
      if (/^\d\d$/.test(cell)) {
        cells.set(cell[0] + ',' + cell[1], name);
      }
    }
  }
  return cells;
}

/**
 * @param counts the crosstab cells, {x: R score, y: FM score, count}
 * @param bins scores per axis
 * @param segmentOf the segment name of a cell "R,FM", or undefined
 * @param labelOf the label to show for a segment name
 * @return one heat-map item per cell: [FM - 1, R - 1, customers, segment label or ''], the segment only when occupied
 */
export function gridCells(counts, bins, segmentOf, labelOf) {
  const customers = new Map();
  for (const cell of counts) {
    const key = Number(cell.x) + ',' + Number(cell.y);
    customers.set(key, (customers.get(key) || 0) + Number(cell.count));
  }
  const items = [];
  for (let r = 1; r <= bins; r++) {
    for (let fm = 1; fm <= bins; fm++) {
      const count = customers.get(r + ',' + fm) || 0;
      const segment = segmentOf(r + ',' + fm);
      items.push([fm - 1, r - 1, count, count > 0 && segment ? labelOf(segment) : '']);
    }
  }
  return items;
}

function bins(configured, counts) {
  const parsed = Number.parseInt(configured, 10);
  const fromConfiguration = parsed >= 2 && parsed <= 9 ? parsed : DEFAULT_BINS;
  return counts.reduce((most, c) => Math.max(most, Number(c.x), Number(c.y)), fromConfiguration);
}

function message(element, text) {
  const note = element.ownerDocument.createElement('p');
  note.className = 'card-message';
  note.setAttribute('data-state', 'empty');
  note.textContent = text;
  element.replaceChildren(note);
}

async function classifierPart(context, text) {
  if (context.runId === null || context.runId === undefined) {
    return { problem: text.noRun };
  }
  const run = await context.api('/runs/' + encodeURIComponent(context.runId));
  const part = (run.classifiers || []).find((c) => c.id === CLASSIFIER);
  if (!part) {
    return { problem: fill(text.notInRun, run.id) };
  }
  if (!part.succeeded) {
    return { problem: fill(text.failed, run.id, part.failureReason || '') };
  }
  return { run, part };
}

function chart(element, context, height) {
  const box = element.ownerDocument.createElement('div');
  box.className = 'card-chart';
  box.style.width = '100%';
  box.style.height = height + 'px';
  element.appendChild(box);
  const instance = context.echarts.init(box, null, { renderer: 'svg' });
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => instance.resize()).observe(box);
  }
  return instance;
}

/** @param cellWidth how wide a segment name may be, in pixels, before it is cut short with an ellipsis */
function option(items, size, text, cellWidth) {
  const scores = Array.from({ length: size }, (v, i) => String(i + 1));
  const max = items.reduce((m, item) => Math.max(m, item[2]), 1);
  return {
    animation: false,
    tooltip: { position: 'top' },
    grid: { left: 8, right: 16, top: 32, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: scores, name: text.fm, nameLocation: 'middle', nameGap: 26,
      splitArea: { show: true } },
    yAxis: { type: 'category', data: scores, name: text.r, splitArea: { show: true } },
    visualMap: { min: 0, max, dimension: 2, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
      text: [String(max), '0'], inRange: { color: ['#f4f7fb', '#9ab6e0', '#5b86d0'] } },
    series: [{ type: 'heatmap', name: text.customers, data: items,
      // Braces would start an ECharts rich-text style inside a segment name.
      label: { show: true, fontSize: 11, overflow: 'truncate', width: cellWidth,
        formatter: (p) => p.data[2] + (p.data[3] ? '\n' + String(p.data[3]).replace(/[{}]/g, '') : '') } }]
  };
}

export async function render(element, context) {
  const lang = context.lang === 'zh' ? 'zh' : 'en';
  const text = TEXT[lang];
  const found = await classifierPart(context, text);
  if (found.problem) {
    message(element, found.problem);
    return;
  }
  const base = '/runs/' + encodeURIComponent(context.runId);
  const [crosstab, labels] = await Promise.all([
    context.api(base + '/crosstab?classifier=' + CLASSIFIER + '&scheme=' + SCHEME + '&x=r_score&y=fm_score'),
    context.api(base + '/labels?classifier=' + CLASSIFIER + '&scheme=' + SCHEME)]);
  const counts = (crosstab.cells || []).filter((c) => Number(c.count) > 0);
  if (counts.length === 0) {
    message(element, fill(text.noScores, found.run.id));
    return;
  }
  if (!context.echarts) {
    message(element, text.noCharts);
    return;
  }
  const configuration = found.part.configuration || {};
  const size = bins(configuration['score.bins'], counts);
  const segments = segmentsByCell(configuration.segments);
  const byKey = new Map((labels.labels || []).map((l) => [l.key, l]));
  const labelOf = (name) => {
    const label = byKey.get(labelKey(name));
    return label ? (label[lang] || label.en || name) : name;
  };
  const items = gridCells(counts, size, (cell) => segments.get(cell), labelOf);
  element.replaceChildren();
  const instance = chart(element, context, 360);
  // The grid takes the chart's width less the R axis (about 48 px); a name wider than its cell is cut short.
  instance.setOption(option(items, size, text, Math.max(24, Math.floor((instance.getWidth() - 48) / size) - 6)));
  const scored = items.reduce((sum, item) => sum + item[2], 0);
  const withoutPurchases = (labels.labels || []).filter((l) => l.key === 'no-purchases')
    .reduce((sum, l) => sum + Number(l.count), 0);
  const note = element.ownerDocument.createElement('p');
  note.className = 'card-note';
  note.textContent = fill(text.note, scored, withoutPurchases);
  element.appendChild(note);
}
