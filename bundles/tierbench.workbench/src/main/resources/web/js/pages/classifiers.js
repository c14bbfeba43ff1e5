// The classifiers: one configuration form per classifier, generated from its metatype description. Admins save it
// (applied live through Config Admin by the API); analysts and admins try it first in a dry run that shows who would
// move. Viewers see the configuration in force, read-only. The configuration endpoint is for admins: an analyst's
// form is built from the classifier list, which carries the same metatype description and values.
import {api, itemsOf} from '../api.js';
import {facts, h, show, table} from '../dom.js';
import {label, lang, t} from '../i18n.js';
import {loading, notice, problemBox, withButton} from '../feedback.js';
import {labelKey, matrixTable} from '../matrix.js';
import {attributesOf, formFields} from '../metatype.js';

export async function render(element, context) {
  show(element, h('h2', {}, t('nav.classifiers')), loading());
  const classifiers = itemsOf(await api('/classifiers'));
  show(element, h('h2', {}, t('nav.classifiers')));
  if (classifiers.length === 0) {
    element.append(notice(t('classifiers.none'), 'classifiers-empty'));
    return;
  }
  for (const classifier of classifiers) {
    const section = h('section', {class: 'panel classifier', 'data-testid': 'classifier',
      'data-classifier-id': classifier.id},
    h('h3', {}, classifier.name || classifier.id, ' ', h('small', {}, `${classifier.id} · ${classifier.version ?? ''}`)));
    element.append(section);
    if (context.session.may('analyst')) {
      section.append(loading());
      configurationForm(section, classifier, context);
    } else {
      section.append(readOnly(classifier.configuration ?? {}));
    }
  }
}

function readOnly(configuration) {
  const entries = Object.entries(configuration);
  if (entries.length === 0) return h('p', {class: 'hint'}, t('classifiers.noConfiguration'));
  return facts(entries.map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : String(value)]),
    {'data-testid': 'classifier-configuration'});
}

async function configurationForm(section, classifier, context) {
  let configuration = null;
  if (context.session.may('admin')) {
    try {
      configuration = await api(`/classifiers/${encodeURIComponent(classifier.id)}/configuration`,
        {query: {lang: lang()}});
    } catch (error) {
      section.lastChild.replaceWith(problemBox(error));
      return;
    }
  }
  const attributes = attributesOf(configuration, classifier);
  const properties = configuration?.properties ?? classifier.configuration ?? {};
  const pid = configuration?.pid ?? classifier.pid;
  if (attributes.length === 0) {
    section.lastChild.replaceWith(readOnly(properties));
    return;
  }
  const fields = formFields(attributes, properties);
  const output = h('div', {class: 'form-output', 'aria-live': 'polite', 'data-testid': 'classifier-output'});
  const clearErrors = () => {
    output.replaceChildren();
    for (const field of fields) field.setError(null);
  };
  const showProblem = (error) => {
    for (const field of fields) field.setError(error.fieldError?.(field.id) ?? null);
    output.replaceChildren(problemBox(error));
  };
  const buttons = [];
  if (context.session.may('admin')) {
    const save = h('button', {type: 'submit', class: 'primary', 'data-testid': 'classifier-save'}, t('classifiers.save'));
    buttons.push(save);
  }
  const dryRun = h('button', {type: 'button', 'data-testid': 'classifier-dry-run'}, t('classifiers.dryRun'));
  buttons.push(dryRun);
  const values = () => Object.fromEntries(fields.map((field) => [field.id, field.value()]));
  dryRun.addEventListener('click', () => {
    clearErrors();
    output.append(loading());
    withButton(dryRun, null, async () => {
      try {
        const preview = await api('/preview', {method: 'POST', body: {pid, properties: values()}});
        show(output, previewOf(preview));
      } catch (error) {
        showProblem(error);
      }
    });
  });
  // novalidate: the server checks the whole configuration (metatype, validators, the classifier itself) and names
  // each field; the browser's own check would silently block a save over a setting that may be left empty.
  const form = h('form', {class: 'config', 'data-testid': 'classifier-form', 'data-pid': pid ?? null, novalidate: true,
    onsubmit: (event) => {
      event.preventDefault();
      const save = buttons[0];
      clearErrors();
      withButton(save, null, async () => {
        try {
          const saved = await api(`/classifiers/${encodeURIComponent(classifier.id)}/configuration`,
            {method: 'PUT', body: {properties: values()}});
          show(output, h('p', {class: 'success', 'data-testid': 'classifier-saved'}, t('classifiers.saved')));
          if (saved?.properties) for (const field of fields) field.reset(saved.properties);
        } catch (error) {
          showProblem(error);
        }
      });
    }},
  configuration?.description ? h('p', {class: 'hint'}, configuration.description) : null,
  fields.map((field) => field.element),
  h('div', {class: 'buttons'}, buttons), output);
  section.lastChild.replaceWith(form);
}

/**
 * The dry run's outcome (POST /preview): per classifier scheme the migration matrix from the base run, the customers
 * who would move, the tags they would gain or lose, and the preview's notes.
 */
function previewOf(preview) {
  const matrices = preview.matrices ?? [];
  const moves = preview.moves ?? [];
  const tagChanges = preview.tagChanges ?? [];
  return h('div', {class: 'preview', 'data-testid': 'dry-run-result'},
    h('h4', {}, t('classifiers.dryRunTitle')),
    preview.baseRunId !== undefined && preview.baseRunId !== null ? h('p', {class: 'hint'},
      t('classifiers.dryRunBasis', {id: preview.baseRunId, asOf: preview.asOf ?? ''})) : null,
    (preview.notes ?? []).map((note) => h('p', {class: 'hint', 'data-testid': 'dry-run-note'}, String(note))),
    matrices.map((matrix) => h('div', {class: 'matrix-block'},
      h('h5', {}, `${matrix.classifier ?? ''} / ${matrix.scheme ?? ''}`),
      matrixTable(matrix, 'dry-run-matrix'))),
    moves.length === 0 ? notice(t('classifiers.nobodyMoves'), 'dry-run-no-moves')
      : h('div', {class: 'table-scroll'}, table([
        {title: t('customer.id'), value: (row) => h('a', {href: `#/customers/${encodeURIComponent(customerIdOf(row))}`},
          customerIdOf(row))},
        {title: t('customer.name'), value: (row) => row.name ?? ''},
        {title: t('classifiers.scheme'), value: (row) => [row.classifier, row.scheme].filter(Boolean).join(' / ')},
        {title: t('matrix.from'), value: (row) => labelText(row.from)},
        {title: t('matrix.to'), value: (row) => labelText(row.to)},
      ], moves, {class: 'data', 'data-testid': 'dry-run-moves'})),
    tagChanges.length === 0 ? null : h('div', {class: 'table-scroll'}, table([
      {title: t('customer.tags'), value: (row) => row.tag},
      {title: t('classifiers.tagGained'), className: 'number', value: (row) => row.gained},
      {title: t('classifiers.tagLost'), className: 'number', value: (row) => row.lost},
    ], tagChanges, {class: 'data compact', 'data-testid': 'dry-run-tags'})));
}

function customerIdOf(row) {
  const customer = row.customer;
  return String((typeof customer === 'string' ? customer : customer?.id) ?? row.customerId ?? '');
}

function labelText(value) {
  if (value === null || value === undefined) return t('matrix.none');
  return typeof value === 'object' ? label(value) : String(labelKey(value));
}
