/*
 * Lifecycle dashboard card: the funnel of a run's customers per stage in the order a customer lives them —
 * potential, new, active, at risk, churned — with won back last, as the HTML report draws it. A stage of another
 * lifecycle plugin comes after these.
 * Plain ES2020 module: no imports; the workbench passes ECharts and the API in the context.
 */
const CLASSIFIER = 'lifecycle';
const SCHEME = 'stage';
/** The lifecycle classifier's stage keys, in the order of a customer's life. */
const STAGES = ['potential', 'new', 'active', 'at-risk', 'churned', 'won-back'];

const TEXT = {
  en: {
    noRun: 'No classification run yet.',
    notInRun: 'The lifecycle classifier did not run in run {0}.',
    failed: 'The lifecycle classifier failed in run {0}: {1}',
    noCharts: 'Charts are not available on this page.',
    noStages: 'No customer has a lifecycle stage in run {0}.',
    total: '{0} customers in run {1}.'
  },
  zh: {
    noRun: '还没有分类运行。',
    notInRun: '第 {0} 次运行没有生命周期的结果。',
    failed: '第 {0} 次运行中生命周期分类失败：{1}',
    noCharts: '此页面无法显示图表。',
    noStages: '第 {0} 次运行中没有客户有生命周期阶段。',
    total: '第 {1} 次运行共 {0} 位客户。'
  }
};

function fill(template, ...args) {
  return template.replace(/\{(\d+)\}/g, (all, i) => String(args[Number(i)]));
}

/**
 * @param labels the stage labels of a run, {key, en, zh, count}
 * @param lang en or zh
 * @return [{key, name, value}] in the order of a customer's life, other stages after, each with customers
 */
export function funnelStages(labels, lang) {
  const rank = (key) => (STAGES.includes(key) ? STAGES.indexOf(key) : STAGES.length);
  return labels.filter((l) => Number(l.count) > 0)
    .map((l, i) => ({ key: l.key, name: l[lang] || l.en || l.key, value: Number(l.count), order: i }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.order - b.order)
    .map(({ key, name, value }) => ({ key, name, value }));
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

function option(stages) {
  const max = stages.reduce((m, s) => Math.max(m, s.value), 1);
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    series: [{ type: 'funnel', sort: 'none', min: 0, max, minSize: '6%', left: '10%', width: '80%', top: 16,
      bottom: 16, gap: 2,
      // Braces would start an ECharts rich-text style inside a stage name.
      label: { show: true, position: 'inside', color: '#111827',
        formatter: (p) => String(p.name).replace(/[{}]/g, '') + ': ' + p.value },
      data: stages.map((s) => ({ name: s.name, value: s.value })) }]
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
  const labels = await context.api('/runs/' + encodeURIComponent(context.runId) + '/labels?classifier='
    + CLASSIFIER + '&scheme=' + SCHEME);
  const stages = funnelStages(labels.labels || [], lang);
  if (stages.length === 0) {
    message(element, fill(text.noStages, found.run.id));
    return;
  }
  if (!context.echarts) {
    message(element, text.noCharts);
    return;
  }
  element.replaceChildren();
  chart(element, context, 320).setOption(option(stages));
  const note = element.ownerDocument.createElement('p');
  note.className = 'card-note';
  note.textContent = fill(text.total, stages.reduce((sum, s) => sum + s.value, 0), found.run.id);
  element.appendChild(note);
}
