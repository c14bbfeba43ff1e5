/*
 * Satisfaction dashboard card: a run's customers per satisfaction level, and the company NPS gauge from the
 * customers' NPS categories (each customer's latest answer): % promoters minus % detractors over the customers who
 * answered, to one decimal rounded half away from zero, as the satisfaction classifier and the HTML report compute it.
 * Plain ES2020 module: no imports; the workbench passes ECharts and the API in the context.
 */
const CLASSIFIER = 'satisfaction';
const LEVELS = ['high', 'medium', 'low', 'unknown'];
const LEVEL_COLORS = { high: '#15803d', medium: '#ca8a04', low: '#b42318', unknown: '#9ca3af' };

const TEXT = {
  en: {
    noRun: 'No classification run yet.',
    notInRun: 'The satisfaction classifier did not run in run {0}.',
    failed: 'The satisfaction classifier failed in run {0}: {1}',
    noCharts: 'Charts are not available on this page.',
    noLabels: 'No customer has a satisfaction level or NPS category in run {0}.',
    noAnswer: 'no answer',
    note: 'Company NPS {0}: {1} promoters, {2} passives, {3} detractors over each customer\'s latest answer; '
      + '{4} customers without an answer.'
  },
  zh: {
    noRun: '还没有分类运行。',
    notInRun: '第 {0} 次运行没有满意度的结果。',
    failed: '第 {0} 次运行中满意度分类失败：{1}',
    noCharts: '此页面无法显示图表。',
    noLabels: '第 {0} 次运行中没有客户有满意度等级或 NPS 类别。',
    noAnswer: '无回答',
    note: '公司 NPS {0}：按每位客户的最近一次回答，推荐者 {1} 位、被动者 {2} 位、贬损者 {3} 位；未回答 {4} 位。'
  }
};

function fill(template, ...args) {
  return template.replace(/\{(\d+)\}/g, (all, i) => String(args[Number(i)]));
}

/**
 * @return the NPS, -100 to +100, to one decimal rounded half away from zero; null when nobody answered. Computed in
 *         whole numbers, so a score that ends in exactly 5 hundredths rounds the same way as the classifier's.
 */
export function companyNps(promoters, passives, detractors) {
  const answers = promoters + passives + detractors;
  if (answers === 0) {
    return null;
  }
  const tenths = 1000 * Math.abs(promoters - detractors);
  let rounded = Math.floor(tenths / answers);
  if (2 * (tenths - rounded * answers) >= answers) {
    rounded++;
  }
  return (promoters < detractors ? -rounded : rounded) / 10;
}

/** @return the score with its sign, e.g. +12.5, -3, 0 */
export function signed(score) {
  return (score > 0 ? '+' : '') + score;
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

function chart(parent, context, className) {
  const box = parent.ownerDocument.createElement('div');
  box.className = 'card-chart ' + className;
  box.style.flex = '1 1 240px';
  box.style.height = '260px';
  parent.appendChild(box);
  const instance = context.echarts.init(box, null, { renderer: 'svg' });
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => instance.resize()).observe(box);
  }
  return instance;
}

function levelsOption(levels) {
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, formatter: (name) => name + ': ' + levels.find((l) => l.name === name).value },
    series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '44%'],
      label: { show: true, position: 'inside', formatter: '{c}', color: '#fff' },
      data: levels.map((l) => ({ name: l.name, value: l.value, itemStyle: { color: l.color } })) }]
  };
}

function gaugeOption(score, text) {
  return {
    animation: false,
    series: [{ type: 'gauge', min: -100, max: 100, splitNumber: 4, radius: '85%', center: ['50%', '55%'],
      axisLine: { lineStyle: { width: 16, color: [[0.5, '#b42318'], [0.75, '#ca8a04'], [1, '#15803d']] } },
      splitLine: { distance: -16, length: 16, lineStyle: { color: '#fff', width: 2 } },
      axisTick: { distance: -16, length: 6, lineStyle: { color: '#fff' } },
      axisLabel: { distance: 22, color: '#4b5563' },
      progress: { show: false }, pointer: { show: score !== null },
      detail: { valueAnimation: false, fontSize: 26, offsetCenter: [0, '60%'],
        formatter: () => (score === null ? text.noAnswer : signed(score)) },
      title: { offsetCenter: [0, '88%'] },
      data: [{ value: score === null ? 0 : score, name: 'NPS' }] }]
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
  const base = '/runs/' + encodeURIComponent(context.runId) + '/labels?classifier=' + CLASSIFIER + '&scheme=';
  const [level, nps] = await Promise.all([context.api(base + 'level'), context.api(base + 'nps')]);
  const rank = (key) => (LEVELS.includes(key) ? LEVELS.indexOf(key) : LEVELS.length);
  const levels = (level.labels || []).filter((l) => Number(l.count) > 0)
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((l) => ({ name: String(l[lang] || l.en || l.key), value: Number(l.count), color: LEVEL_COLORS[l.key] }));
  const categories = nps.labels || [];
  if (levels.length === 0 && categories.length === 0) {
    message(element, fill(text.noLabels, found.run.id));
    return;
  }
  if (!context.echarts) {
    message(element, text.noCharts);
    return;
  }
  const count = (key) => categories.filter((l) => l.key === key).reduce((sum, l) => sum + Number(l.count), 0);
  const score = companyNps(count('promoter'), count('passive'), count('detractor'));
  const document = element.ownerDocument;
  element.replaceChildren();
  const row = document.createElement('div');
  row.className = 'card-charts';
  row.style.display = 'flex';
  row.style.flexWrap = 'wrap';
  element.appendChild(row);
  if (levels.length > 0) {
    chart(row, context, 'satisfaction-levels').setOption(levelsOption(levels));
  }
  chart(row, context, 'satisfaction-nps').setOption(gaugeOption(score, text));
  const note = document.createElement('p');
  note.className = 'card-note';
  note.textContent = fill(text.note, score === null ? text.noAnswer : signed(score), count('promoter'),
    count('passive'), count('detractor'), count('no-answer'));
  element.appendChild(note);
}
