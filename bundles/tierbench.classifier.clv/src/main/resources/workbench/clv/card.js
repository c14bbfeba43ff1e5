/*
 * CLV dashboard card: a histogram of the customers' CLV in a run, historical and, when the classifier ran its
 * predictive scheme, predictive, one at a time. The bins are those of the HTML report: equal widths of 1, 2, 2.5 or 5
 * times a power of ten from zero (or below the lowest value) past the 95th percentile, and one open-ended bin above,
 * so one big customer does not squeeze everybody else into the first bar.
 * Plain ES2020 module: no imports; the workbench passes ECharts and the API in the context.
 */
const CLASSIFIER = 'clv';
/** Each scheme and the score holding its value, as the CLV classifier stores them; the predictive one first. */
const SCHEMES = [['predictive', 'clv'], ['historical', 'historical_clv']];
/** Roughly how many regular bins to aim for. */
const TARGET_BINS = 10;

const TEXT = {
  en: {
    noRun: 'No classification run yet.',
    notInRun: 'CLV did not run in run {0}.',
    failed: 'CLV failed in run {0}: {1}',
    noCharts: 'Charts are not available on this page.',
    noValues: 'No customer has a CLV in run {0}.',
    note: '{0} customers valued; {1} without purchases have no CLV. The last bar gathers the top 5 %.',
    predictive: 'Predictive CLV',
    historical: 'Historical CLV',
    clv: 'CLV',
    customers: 'Customers'
  },
  zh: {
    noRun: '还没有分类运行。',
    notInRun: '第 {0} 次运行没有客户终身价值（CLV）的结果。',
    failed: '第 {0} 次运行中客户终身价值（CLV）失败：{1}',
    noCharts: '此页面无法显示图表。',
    noValues: '第 {0} 次运行中没有客户有 CLV。',
    note: '已估值客户 {0} 位；无购买的 {1} 位客户没有 CLV。最后一栏汇总价值最高的 5%。',
    predictive: '预测 CLV',
    historical: '历史 CLV',
    clv: '客户终身价值',
    customers: '客户数'
  }
};

function fill(template, ...args) {
  return template.replace(/\{(\d+)\}/g, (all, i) => String(args[Number(i)]));
}

/** @return the smallest of 1, 2, 2.5 and 5 times a power of ten that is at least raw (positive) */
export function roundWidth(raw) {
  let power = 10 ** Math.floor(Math.log10(raw));
  while (power * 10 <= raw) {
    power *= 10;
  }
  while (power > raw) {
    power /= 10;
  }
  const width = [1, 2, 2.5, 5, 10].map((step) => step * power).find((w) => w >= raw);
  return Number(width.toPrecision(12));
}

/**
 * @param values the values (money, two decimals)
 * @return the bins in ascending order, [{from, to, count}], the last one open-ended (to null) when some value lies
 *         above the regular bins
 */
export function histogram(values) {
  if (values.length === 0) {
    return [];
  }
  // In cents: widths are at least 0.1, so every edge is a whole number of cents and no value falls on the wrong side
  // of an edge through binary rounding.
  const cents = values.map((v) => Math.round(Number(v) * 100)).sort((a, b) => a - b);
  const lowest = Math.min(cents[0], 0);
  // The 95th percentile by the nearest-rank method: the ceil(0.95 n)-th smallest value.
  let high = cents[Math.ceil((95 * cents.length) / 100) - 1];
  if (high <= lowest) {
    high = cents[cents.length - 1];
  }
  const width = Math.round(roundWidth(Math.max(high - lowest, 100) / 100 / TARGET_BINS) * 100);
  const low = Math.floor(lowest / width) * width;
  // One more bin than the quotient, so that the 95th percentile itself is inside a regular bin.
  const regular = Math.floor((high - low) / width) + 1;
  const counts = new Array(regular + 1).fill(0);
  for (const value of cents) {
    counts[Math.min(regular, Math.floor((value - low) / width))]++;
  }
  const bins = [];
  for (let i = 0; i < regular; i++) {
    bins.push({ from: (low + i * width) / 100, to: (low + (i + 1) * width) / 100, count: counts[i] });
  }
  if (counts[regular] > 0) {
    bins.push({ from: (low + regular * width) / 100, to: null, count: counts[regular] });
  }
  return bins;
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

function option(bins, lang, text) {
  const number = (v) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const names = bins.map((b) => (b.to === null ? '\u2265 ' + number(b.from) : number(b.from) + '\u2013' + number(b.to)));
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 32, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: names, name: text.clv, nameLocation: 'middle', nameGap: 64,
      axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', name: text.customers, minInterval: 1 },
    series: [{ type: 'bar', name: text.customers, barCategoryGap: '8%', data: bins.map((b) => b.count),
      itemStyle: { color: '#0f766e' } }]
  };
}

/** @return the run's CLV schemes with their customers without purchases, in the order of SCHEMES */
function schemesOf(run) {
  const present = new Map((run.distribution || []).filter((d) => d.classifier === CLASSIFIER)
    .map((d) => [d.scheme, d.labels || []]));
  return SCHEMES.filter(([scheme]) => present.has(scheme)).map(([scheme, score]) => ({ scheme, score,
    withoutValue: present.get(scheme).filter((l) => l.label && l.label.key === 'no-purchases')
      .reduce((sum, l) => sum + Number(l.customers), 0) }));
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
  const shown = [];
  for (const scheme of schemesOf(found.run)) {
    const scores = await context.api(base + '/scores?classifier=' + CLASSIFIER + '&scheme=' + scheme.scheme
      + '&score=' + scheme.score);
    const values = scores.values || [];
    if (values.length > 0) {
      shown.push({ ...scheme, values, bins: histogram(values) });
    }
  }
  if (shown.length === 0) {
    message(element, fill(text.noValues, found.run.id));
    return;
  }
  if (!context.echarts) {
    message(element, text.noCharts);
    return;
  }
  const document = element.ownerDocument;
  element.replaceChildren();
  const picker = document.createElement('select');
  picker.className = 'card-select';
  shown.forEach((s, i) => picker.add(new Option(text[s.scheme], String(i))));
  picker.hidden = shown.length < 2;
  element.appendChild(picker);
  const instance = chart(element, context, 320);
  const note = document.createElement('p');
  note.className = 'card-note';
  element.appendChild(note);
  const show = (i) => {
    instance.setOption(option(shown[i].bins, lang, text), true);
    note.textContent = fill(text.note, shown[i].values.length, shown[i].withoutValue);
  };
  picker.addEventListener('change', () => show(Number(picker.value)));
  show(0);
}
