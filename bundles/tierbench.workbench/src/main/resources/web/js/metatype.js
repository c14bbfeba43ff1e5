// Form fields generated from a metatype description (OSGi Metatype attribute definitions): the input by the
// attribute's type, a select for options, one value per line for multi-valued attributes, and a place next to
// each field for its validation message.
import {h} from './dom.js';
import {t} from './i18n.js';

const INTEGER_TYPES = new Set(['integer', 'long', 'short', 'byte']);
const DECIMAL_TYPES = new Set(['double', 'float']);

/**
 * @return the attribute definitions of the classifier's own configuration: from the configuration answer
 *         (GET /classifiers/{id}/configuration, admins only) when given, else from the classifier list's metatype
 *         descriptions (GET /classifiers), the one of the classifier's PID
 */
export function attributesOf(configuration, classifier) {
  if (configuration?.attributes) return configuration.attributes;
  const descriptions = classifier?.metatype ?? [];
  const own = descriptions.find((description) => description.pid === classifier.pid) ?? descriptions[0];
  return own?.attributes ?? [];
}

/** @return the options of an attribute as [{value, label}] */
export function optionsOf(attribute) {
  return (attribute.options ?? []).map((option) => {
    if (Array.isArray(option)) return {value: String(option[0]), label: String(option[1] ?? option[0])};
    if (option && typeof option === 'object') {
      return {value: String(option.value), label: String(option.label ?? option.value)};
    }
    return {value: String(option), label: String(option)};
  });
}

/** @return the values of a property: an array for multi-valued attributes, else one value or undefined */
function current(attribute, properties) {
  const fallback = attribute.default ?? attribute.defaults;
  const value = properties?.[attribute.id] ?? fallback;
  const multi = Number(attribute.cardinality ?? 0) !== 0;
  if (multi) {
    if (value === null || value === undefined) return [];
    // The API writes several values as one text joined with "; ".
    return Array.isArray(value) ? value.map(String) : String(value).split(';').map((one) => one.trim())
      .filter(Boolean);
  }
  if (Array.isArray(value)) return value.length ? value[0] : undefined;
  return value;
}

/**
 * @return one field per attribute: {id, element, value(), setError(message or null), reset(properties)};
 *         value() is typed as the API takes it: a boolean, a number, a string, or an array for multi-valued ones
 */
export function formFields(attributes, properties) {
  return attributes.map((attribute) => field(attribute, properties));
}

function field(attribute, properties) {
  const type = String(attribute.type ?? 'string').toLowerCase();
  const multi = Number(attribute.cardinality ?? 0) !== 0;
  const options = optionsOf(attribute);
  const id = `field-${attribute.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  let input;
  if (options.length) {
    input = h('select', {id, name: attribute.id, multiple: multi || null});
    for (const option of options) input.append(h('option', {value: option.value}, option.label));
  } else if (type === 'boolean' && !multi) {
    input = h('input', {id, name: attribute.id, type: 'checkbox'});
  } else if (multi) {
    input = h('textarea', {id, name: attribute.id, rows: 3});
  } else if (INTEGER_TYPES.has(type) || DECIMAL_TYPES.has(type)) {
    input = h('input', {id, name: attribute.id, type: 'number', step: INTEGER_TYPES.has(type) ? '1' : 'any'});
  } else {
    input = h('input', {id, name: attribute.id, type: type === 'password' ? 'password' : 'text',
      maxlength: type === 'char' || type === 'character' ? 1 : null});
  }
  input.dataset.testid = 'config-field';
  input.dataset.attribute = attribute.id;
  if (attribute.required) input.required = !(type === 'boolean' && !multi);
  const error = h('span', {class: 'field-error', 'data-testid': 'field-error', 'data-field': attribute.id});

  const reset = (values) => {
    const value = current(attribute, values);
    if (input.tagName === 'SELECT') {
      const chosen = new Set([value].flat().filter((one) => one !== undefined).map(String));
      for (const option of input.options) option.selected = chosen.has(option.value);
    } else if (input.type === 'checkbox') {
      input.checked = value === true || String(value).toLowerCase() === 'true';
    } else if (multi) {
      input.value = value.join('\n');
    } else {
      input.value = value === undefined || value === null ? '' : String(value);
    }
  };
  reset(properties);

  const scalar = (text) => {
    if (INTEGER_TYPES.has(type) || DECIMAL_TYPES.has(type)) {
      const number = Number(text);
      return text.trim() === '' || Number.isNaN(number) ? text : number;
    }
    if (type === 'boolean') return String(text).toLowerCase() === 'true';
    return text;
  };
  const value = () => {
    if (input.tagName === 'SELECT') {
      const chosen = [...input.selectedOptions].map((option) => scalar(option.value));
      return multi ? chosen : chosen[0] ?? '';
    }
    if (input.type === 'checkbox') return input.checked;
    if (multi) return input.value.split('\n').map((line) => line.trim()).filter(Boolean).map(scalar);
    return scalar(input.value);
  };
  const setError = (message) => {
    error.textContent = message ?? '';
    input.toggleAttribute('aria-invalid', Boolean(message));
  };
  const element = h('div', {class: 'field', 'data-field': attribute.id},
    h('label', {for: id}, attribute.name || attribute.id, ' ', h('code', {class: 'hint'}, attribute.id)),
    input,
    attribute.description ? h('p', {class: 'hint'}, attribute.description) : null,
    multi && !options.length ? h('p', {class: 'hint'}, t('config.onePerLine')) : null,
    error);
  return {id: attribute.id, element, value, setError, reset};
}
