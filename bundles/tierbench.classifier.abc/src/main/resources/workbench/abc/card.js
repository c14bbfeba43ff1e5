/*
 * ABC dashboard card: the Pareto curve of a run, the share of revenue against the share of customers ranked by
 * revenue (highest first), with the ends of class A and class B marked where the ABC classifier put them. The ABC
 * classifier ranks in the same order, so its A customers are the first ones on the curve. As the HTML report draws it.
 * Plain ES2020 module: no imports; the workbench passes ECharts and the API in the context.
 */
const CLASSIFIER = 'abc';
const SCHEME = 'class';
/** The curve goes through at most this many points plus the class ends, however many customers there are. */
const POINTS = 200;

const TEXT = {
  en: {
    noRun: 'No classification run yet.',
    notInRun: 'ABC did not run in run {0}.',
    failed: 'ABC failed in run {0}: {1}',
    noCharts: 'Charts are not available on this page.',
    noRevenue: 'No customer has revenue in the ABC window of run {0}, so there is no curve to draw.',
    customerShare: 'Share of customers (%)',
    revenueShare: 'Share of revenue (%)',
    equality: 'Equal shares',
    cutoff: '{0} ends at the top {1} % of customers, who bring {2} % of the revenue.'
  },
  zh: {
    noRun: '还没有分类运行。',
    notInRun: '第 {0} 次运行没有 ABC 的结果。',
    failed: '第 {0} 次运行中 ABC 失败：{1}',
    noCharts: '此页面无法显示图表。',
    noRevenue: '第 {0} 次运行的 ABC 统计窗口内没有任何客户产生收入，无法绘制曲线。',
    customerShare: '客户占比（%）',
    revenueShare: '收入占比（%）',
    equality: '均等线',
    cutoff: '{0}止于前 {1}% 的客户，他们贡献了 {2}% 的收入。'
  }
};

function fill(template, ...args) {
  return template.replace(/\{(\d+)\}/g, (all, i) => String(args[Number(i)]));
}

function percent(part, whole) {
  return Math.round((part * 10000) / whole) / 100;
}

/**
 * @param values every customer's revenue, highest first (only positive revenue counts)
 * @param classA customers in class A
 * @param classB customers in class B
 * @return {points: [[customer share %, revenue share %]], cutoffs: [{customers, customerShare, revenueShare}]} with
 *         the end of A and the end of B, or null when nobody has revenue
 */
export function paretoCurve(values, classA, classB) {
  const revenues = values.map((v) => Math.max(0, Number(v))).sort((a, b) => b - a);
  const total = revenues.reduce((sum, v) => sum + v, 0);
  if (!(total > 0)) {
    return null;
  }
  const n = revenues.length;
  const endA = Math.min(n, classA);
  const endB = Math.min(n, classA + classB);
  const marks = new Set([0, endA, endB]);
  for (let i = 1; i <= POINTS; i++) {
    marks.add(Math.round((i * n) / POINTS));
  }
  const shares = new Map();
  let cumulative = 0;
  let k = 0;
  for (const mark of Array.from(marks).sort((a, b) => a - b)) {
    while (k < mark) {
      cumulative += revenues[k++];
    }
    shares.set(mark, [percent(k, n), percent(cumulative, total)]);
  }
  const cutoff = (customers, end) => ({ customers, customerShare: shares.get(end)[0],
    revenueShare: shares.get(end)[1] });
  return { points: Array.from(shares.values()), cutoffs: [cutoff(classA, endA), cutoff(classB, endB)] };
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

function option(curve, names, text) {
  const colors = ['#c2410c', '#7c3aed'];
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v) => v + ' %' },
    legend: { top: 0 },
    grid: { left: 36, right: 32, top: 48, bottom: 40, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: text.customerShare, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', min: 0, max: 100, name: text.revenueShare, nameLocation: 'middle', nameGap: 32 },
    series: [
      { type: 'line', name: text.revenueShare, data: curve.points, showSymbol: false, areaStyle: { opacity: 0.15 },
        lineStyle: { width: 2 }, itemStyle: { color: '#2f5fb3' },
        markLine: { symbol: 'none', data: curve.cutoffs.map((c, i) => ({ xAxis: c.customerShare,
          lineStyle: { color: colors[i], type: 'dashed' },
          label: { formatter: names[i], position: 'end', color: colors[i] } })) },
        markPoint: { symbol: 'circle', symbolSize: 8, data: curve.cutoffs.map((c, i) => ({
          coord: [c.customerShare, c.revenueShare], itemStyle: { color: colors[i] },
          label: { show: true, position: 'right', offset: [2, 10], color: colors[i],
            formatter: c.revenueShare + ' %' } })) } },
      { type: 'line', name: text.equality, data: [[0, 0], [100, 100]], showSymbol: false,
        lineStyle: { type: 'dotted', color: '#9ca3af' }, itemStyle: { color: '#9ca3af' } }
    ]
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
  const [scores, labels] = await Promise.all([
    context.api(base + '/scores?classifier=' + CLASSIFIER + '&scheme=' + SCHEME + '&score=revenue'),
    context.api(base + '/labels?classifier=' + CLASSIFIER + '&scheme=' + SCHEME)]);
  const byKey = new Map((labels.labels || []).map((l) => [l.key, l]));
  const count = (key) => Number((byKey.get(key) || { count: 0 }).count);
  const curve = paretoCurve(scores.values || [], count('a'), count('b'));
  if (curve === null) {
    message(element, fill(text.noRevenue, found.run.id));
    return;
  }
  if (!context.echarts) {
    message(element, text.noCharts);
    return;
  }
  // Braces would start an ECharts rich-text style inside a label.
  const names = ['a', 'b'].map((key) => {
    const label = byKey.get(key);
    return String(label ? (label[lang] || label.en) : key.toUpperCase()).replace(/[{}]/g, '');
  });
  element.replaceChildren();
  chart(element, context, 340).setOption(option(curve, names, text));
  curve.cutoffs.forEach((c, i) => {
    const note = element.ownerDocument.createElement('p');
    note.className = 'card-note';
    note.textContent = fill(text.cutoff, names[i], c.customerShare, c.revenueShare);
    element.appendChild(note);
  });
}
