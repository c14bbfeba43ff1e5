// Building DOM nodes without innerHTML, so that no value from the API is ever read as markup.

/**
 * h('button', {class: 'primary', onclick: go, 'data-testid': 'save'}, 'Save')
 * Attributes named on* that hold functions become listeners; true adds a bare attribute; false, null and undefined
 * add nothing. Children may be nodes, strings, numbers, arrays of those, or null (skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else if (name === 'checked' || name === 'selected' || name === 'disabled') {
      element[name] = Boolean(value);
      if (value) element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/** Replaces the element's content. */
export function show(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

/** A table from column definitions {title, value(row) -> node or text, className?} and rows. */
export function table(columns, rows, attributes = {}, rowAttributes = () => ({})) {
  return h('table', attributes,
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', {class: column.className}, column.title)))),
    h('tbody', {}, rows.map((row) => h('tr', rowAttributes(row),
      columns.map((column) => h('td', {class: column.className}, column.value(row)))))));
}

/** A definition list from [term, description] pairs, skipping empty descriptions. */
export function facts(pairs, attributes = {}) {
  return h('dl', {class: 'facts', ...attributes}, pairs
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}
