// Runs: the list, starting a run for an as-of date (analysts), the migration matrix between two runs, and reports
// of a run (analysts).
import {api, apiPath, itemsOf} from '../api.js';
import {h, show, table} from '../dom.js';
import {formatDate, lang, t} from '../i18n.js';
import {loading, notice, withButton} from '../feedback.js';
import {matrixTable} from '../matrix.js';
import {latestLabels} from '../labels.js';
import {startRun, today} from '../runs-support.js';

const REPORT_GENERATORS = ['html', 'xlsx', 'csv', 'json'];
const REPORT_CONTENTS = ['table', 'contact', 'winback'];

export async function render(element, context) {
  show(element, h('h2', {}, t('nav.runs')), loading());
  const [runs, groups] = await Promise.all([api('/runs').then(itemsOf), latestLabels()]);
  const sorted = runs.slice().sort((a, b) => Number(b.id) - Number(a.id));
  show(element, h('h2', {}, t('nav.runs')),
    context.session.may('analyst') ? startForm(context) : null,
    runsTable(sorted),
    migration(sorted.filter((run) => run.status === 'finished'), groups),
    context.session.may('analyst') ? reports(sorted.filter((run) => run.status === 'finished')) : null);
}

function startForm(context) {
  const asOf = h('input', {type: 'date', value: today(), required: true, 'data-testid': 'run-as-of'});
  const output = h('div', {'data-testid': 'run-progress', 'aria-live': 'polite'});
  const button = h('button', {type: 'submit', class: 'primary', 'data-testid': 'run-start'}, t('runs.start'));
  return h('section', {class: 'panel'}, h('h3', {}, t('runs.startTitle')),
    h('form', {class: 'inline', onsubmit: (event) => {
      event.preventDefault();
      withButton(button, output, async () => {
        const run = await startRun(asOf.value, (state) => show(output, h('span', {class: 'hint'},
          t('runs.progress', {status: t(`runs.status.${state.status ?? 'running'}`)}),
          state.classifiersInstalled ? ` ${state.classifiersDone ?? 0}/${state.classifiersInstalled}` : '')));
        show(output, h('p', {class: 'success', 'data-testid': 'run-finished', 'data-run-id': run.id},
          t('runs.finished', {id: run.id, asOf: run.asOf})));
        context.navigate('runs', {at: run.id});
      });
    }}, h('label', {}, t('runs.asOf'), asOf), button), output);
}

function runsTable(runs) {
  if (runs.length === 0) return notice(t('runs.none'), 'runs-empty');
  return h('section', {class: 'panel'}, h('h3', {}, t('runs.list')), h('div', {class: 'table-scroll'}, table([
    {title: t('runs.run'), value: (run) => `#${run.id}`},
    {title: t('runs.asOf'), value: (run) => run.asOf},
    {title: t('runs.statusTitle'), value: (run) => t(`runs.status.${run.status}`)},
    {title: t('runs.startedAt'), value: (run) => formatDate(run.startedAt)},
    {title: t('runs.finishedAt'), value: (run) => formatDate(run.finishedAt)},
    {title: t('runs.classifiers'), value: (run) => (run.classifiers ?? []).map((part) =>
      h('span', {class: part.succeeded === false ? 'tag failed' : 'tag', title: part.failureReason ?? part.summary ?? ''},
        part.id)).reduce((all, one) => all.concat(one, ' '), [])},
  ], runs, {class: 'data', 'data-testid': 'runs-table'}, (run) => ({'data-testid': 'run-row', 'data-run-id': run.id}))));
}

function migration(runs, groups) {
  const section = h('section', {class: 'panel'}, h('h3', {}, t('runs.migration')));
  if (runs.length < 2) {
    section.append(notice(t('runs.migrationNeedsTwo'), 'migration-unavailable'));
    return section;
  }
  const runSelect = (testid, chosen) => h('select', {'data-testid': testid}, runs.map((run) =>
    h('option', {value: run.id, selected: run.id === chosen}, `#${run.id} · ${run.asOf}`)));
  const from = runSelect('migration-from', runs[1].id);
  const to = runSelect('migration-to', runs[0].id);
  const scheme = h('select', {'data-testid': 'migration-scheme'}, groups.map((group) => {
    const value = `${group.classifier}/${group.scheme}`;
    return h('option', {value, selected: value === 'tier/tier'}, value);
  }));
  const output = h('div', {'data-testid': 'migration-output'});
  const button = h('button', {type: 'submit', class: 'primary', 'data-testid': 'migration-show'}, t('runs.showMigration'));
  section.append(h('form', {class: 'inline', onsubmit: (event) => {
    event.preventDefault();
    const [classifier, schemeId] = scheme.value.split('/');
    show(output, loading());
    withButton(button, output, async () => {
      const matrix = await api(`/runs/${from.value}/migration/${to.value}`, {query: {classifier, scheme: schemeId}});
      show(output, matrixTable(matrix));
    });
  }}, h('label', {}, t('matrix.from'), from), h('label', {}, t('matrix.to'), to),
  h('label', {}, t('classifiers.scheme'), scheme), button), output);
  return section;
}

function reports(runs) {
  if (runs.length === 0) return null;
  const run = h('select', {'data-testid': 'report-run'}, runs.map((one) =>
    h('option', {value: one.id}, `#${one.id} · ${one.asOf}`)));
  const generator = h('select', {'data-testid': 'report-generator'}, REPORT_GENERATORS.map((id) =>
    h('option', {value: id}, t(`reports.generator.${id}`))));
  const content = h('select', {'data-testid': 'report-content'}, REPORT_CONTENTS.map((id) =>
    h('option', {value: id}, t(`reports.content.${id}`))));
  const output = h('div', {'data-testid': 'report-output', 'aria-live': 'polite'});
  const button = h('button', {type: 'submit', 'data-testid': 'report-create'}, t('reports.create'));
  return h('section', {class: 'panel'}, h('h3', {}, t('reports.title')),
    h('form', {class: 'inline', onsubmit: (event) => {
      event.preventDefault();
      withButton(button, output, async () => {
        const report = await api('/reports', {method: 'POST', body: {generator: generator.value,
          run: Number(run.value), content: content.value, lang: lang()}});
        const link = report.links?.download ?? apiPath(`/reports/${encodeURIComponent(report.id)}`);
        show(output, h('p', {class: 'success'}, t('reports.ready', {format: report.format ?? generator.value}), ' ',
          h('a', {href: link, download: '', 'data-testid': 'report-download'}, t('reports.download'))));
      });
    }}, h('label', {}, t('runs.run'), run), h('label', {}, t('reports.generatorTitle'), generator),
    h('label', {}, t('reports.contentTitle'), content), button), output);
}

