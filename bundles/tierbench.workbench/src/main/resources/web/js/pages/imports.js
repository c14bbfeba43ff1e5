// Imports (analysts): upload a file, see the preview (the importer that reads it, the kind of rows, the first rows as
// records, what the import would do, the rows it would reject), commit it, and read its report.
import {api} from '../api.js';
import {facts, h, show, table} from '../dom.js';
import {formatNumber, t} from '../i18n.js';
import {loading, notice, problemBox, withButton} from '../feedback.js';

const KINDS = ['', 'customers', 'orders', 'interactions', 'tags'];
const SHOWN_FIELDS = 12;

export async function render(element, context) {
  const output = h('div', {class: 'import-output', 'data-testid': 'import-output'});
  show(element, h('h2', {}, t('nav.imports')), uploadForm(output, context), output);
  const id = context.params.get('id');
  if (id) {
    show(output, loading());
    try {
      show(output, importView(await api(`/imports/${encodeURIComponent(id)}`), output));
    } catch (error) {
      show(output, problemBox(error));
    }
  }
}

function uploadForm(output, context) {
  const file = h('input', {type: 'file', required: true, accept: '.csv,.tsv,.txt,.xlsx,.json,.jsonl,.ndjson',
    'data-testid': 'import-file'});
  const kind = h('select', {'data-testid': 'import-kind'}, KINDS.map((value) =>
    h('option', {value}, t(value ? `imports.kind.${value}` : 'imports.kind.auto'))));
  const button = h('button', {type: 'submit', class: 'primary', 'data-testid': 'import-upload'}, t('imports.upload'));
  return h('form', {class: 'panel inline', 'data-testid': 'import-form', onsubmit: (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) return;
    show(output, loading());
    withButton(button, output, async () => {
      const upload = await api('/imports', {method: 'POST', raw: chosen,
        query: {fileName: chosen.name, kind: kind.value}});
      // The import's id goes into the address, so that a reload shows it again.
      history.replaceState(null, '', `#/imports?id=${encodeURIComponent(upload.id)}`);
      show(output, importView(upload, output));
    });
  }}, h('label', {}, t('imports.file'), file), h('label', {}, t('imports.kindTitle'), kind), button,
  h('p', {class: 'hint'}, t('imports.hint')));
}

function importView(upload, output) {
  const preview = upload.preview ?? {};
  const committed = upload.status === 'committed';
  return h('div', {'data-testid': 'import-preview', 'data-import-id': upload.id, 'data-status': upload.status},
    h('section', {class: 'panel'}, h('h3', {}, t(committed ? 'imports.committedTitle' : 'imports.previewTitle',
      {file: upload.file})),
    facts([
      [t('imports.importer'), preview.importer ?? upload.report?.importer],
      [t('imports.kindTitle'), preview.kind ? t(`imports.kind.${preview.kind}`) : null],
      [t('imports.size'), formatNumber(upload.size)],
      [t('imports.uploadedBy'), upload.uploadedBy],
    ]),
    counts(preview.counts, 'import-counts', t('imports.wouldDo')),
    fieldsOf(preview.fields ?? []),
    sampleRows(preview.rows ?? []),
    rejected(preview.rejectedRows ?? [], 'import-preview-rejected')),
    committed ? report(upload.report) : commitForm(upload, output));
}

function counts(values, testid, heading) {
  if (!values) return null;
  return h('div', {'data-testid': testid}, h('h4', {}, heading), facts(['rows', 'inserted', 'updated', 'unchanged',
    'rejected', 'customersCreated'].map((key) => [t(`imports.count.${key}`),
    values[key] === undefined ? null : formatNumber(values[key])])));
}

function fieldsOf(fields) {
  if (fields.length === 0) return null;
  return h('div', {}, h('h4', {}, t('imports.mapping')), h('p', {class: 'tags', 'data-testid': 'import-fields'},
    fields.map((field) => h('span', {class: field.filled ? 'tag' : 'tag empty'},
      `${field.field} (${field.filled})`))));
}

function sampleRows(rows) {
  if (rows.length === 0) return notice(t('imports.noRows'));
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row.record ?? row)))].slice(0, SHOWN_FIELDS);
  return h('div', {}, h('h4', {}, t('imports.firstRows')), h('div', {class: 'table-scroll'}, table([
    {title: t('imports.outcome'), value: (row) => row.outcome ?? ''},
    ...keys.map((key) => ({title: key, value: (row) => display((row.record ?? row)[key])})),
  ], rows, {class: 'data compact', 'data-testid': 'import-rows'})));
}

function display(value) {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function rejected(rows, testid) {
  if (rows.length === 0) return null;
  return h('div', {}, h('h4', {}, t('imports.rejectedRows')), h('div', {class: 'table-scroll'}, table([
    {title: t('imports.row'), className: 'number', value: (row) => row.row},
    {title: t('imports.column'), value: (row) => row.column ?? ''},
    {title: t('imports.value'), value: (row) => row.value ?? ''},
    {title: t('imports.reason'), value: (row) => row.reason ?? ''},
  ], rows, {class: 'data compact', 'data-testid': testid})));
}

function commitForm(upload, output) {
  const strict = h('input', {type: 'checkbox', 'data-testid': 'import-strict'});
  const unknown = h('select', {'data-testid': 'import-unknown-customers'},
    h('option', {value: ''}, t('imports.unknown.default')),
    h('option', {value: 'reject'}, t('imports.unknown.reject')),
    h('option', {value: 'create'}, t('imports.unknown.create')));
  const result = h('div', {'aria-live': 'polite'});
  const button = h('button', {type: 'submit', class: 'primary', 'data-testid': 'import-commit'}, t('imports.commit'));
  return h('form', {class: 'panel inline', onsubmit: (event) => {
    event.preventDefault();
    withButton(button, result, async () => {
      const body = {strict: strict.checked};
      if (upload.preview?.kind) body.kind = upload.preview.kind;
      if (unknown.value) body.unknownCustomers = unknown.value;
      const committed = await api(`/imports/${encodeURIComponent(upload.id)}/commit`, {method: 'POST', body});
      show(output, importView(committed, output));
    });
  }}, h('label', {class: 'check'}, strict, t('imports.strict')),
  h('label', {}, t('imports.unknownTitle'), unknown), button, result);
}

function report(values) {
  if (!values) return null;
  return h('section', {class: 'panel', 'data-testid': 'import-report'}, h('h3', {}, t('imports.report')),
    h('p', {class: values.committed === false ? 'problem' : 'success'},
      t(values.committed === false ? 'imports.notCommitted' : 'imports.done')),
    counts(values, 'import-report-counts', t('imports.didDo')),
    rejected(values.rejectedRows ?? [], 'import-rejected'));
}
