// The commands that plugins contribute, run on the customers selected in the table: POST /api/v1/commands/{id}.
import {api} from '../api.js';
import {h, show} from '../dom.js';
import {lang, t, title} from '../i18n.js';
import {withButton} from '../feedback.js';

/**
 * A command's parameters as {name, label}: from "name|English|中文" strings (as the service property declares them)
 * or from objects {name, titleEn|en, titleZh|zh}.
 */
export function parameters(command) {
  return (command.parameters ?? []).map((parameter) => {
    if (typeof parameter === 'string') {
      const [name, en, zh] = parameter.split('|');
      return {name, label: (lang() === 'zh' ? zh : en) || en || name};
    }
    const en = parameter.titleEn ?? parameter.en ?? parameter.labelEn;
    const zh = parameter.titleZh ?? parameter.zh ?? parameter.labelZh;
    return {name: parameter.name, label: (lang() === 'zh' ? zh : en) || en || parameter.name};
  }).filter((parameter) => parameter.name);
}

/**
 * A bar with the number of selected customers and one button per command; a command with parameters asks them.
 * The bar's selectionChanged() is to be called when the selection changes.
 */
export function commandBar(commands, selection) {
  const count = h('span', {class: 'selection-count', 'data-testid': 'selection-count'},
    t('commands.selected', {count: 0}));
  const output = h('div', {class: 'command-output', 'data-testid': 'command-output', 'aria-live': 'polite'});
  const buttons = commands.map((command) => h('button', {type: 'button', disabled: true,
    'data-testid': 'command', 'data-command-id': command.id,
    onclick: (event) => open(command, event.target)}, title(command)));
  const bar = h('div', {class: 'command-bar', 'data-testid': 'command-bar'}, count, buttons, output);
  // Called by the table whenever the selection changes.
  bar.selectionChanged = () => {
    count.textContent = t('commands.selected', {count: selection.size});
    for (const button of buttons) button.disabled = selection.size === 0;
  };

  function open(command, button) {
    const fields = parameters(command).map((parameter) => ({parameter,
      input: h('input', {name: parameter.name, 'data-testid': 'command-parameter', 'data-parameter': parameter.name})}));
    const run = async () => withButton(button, output, async () => {
      const values = Object.fromEntries(fields.map(({parameter, input}) => [parameter.name, input.value]));
      const answer = await api(`/commands/${encodeURIComponent(command.id)}`, {method: 'POST',
        body: {customerIds: [...selection], parameters: values}});
      show(output, h('p', {class: 'success', 'data-testid': 'command-result'}, outcome(answer)));
    });
    if (fields.length === 0) {
      run();
      return;
    }
    show(output, h('form', {class: 'inline', 'data-testid': 'command-form', onsubmit: (event) => {
      event.preventDefault();
      run();
    }}, fields.map(({parameter, input}) => h('label', {}, parameter.label, input)),
    h('button', {type: 'submit', class: 'primary', 'data-testid': 'command-run'},
      t('commands.run', {command: title(command), count: selection.size})),
    h('button', {type: 'button', class: 'link', onclick: () => output.replaceChildren()}, t('common.cancel'))));
  }
  return bar;
}

function outcome(answer) {
  if (typeof answer === 'string') return answer;
  return answer?.message ?? answer?.result ?? answer?.outcome ?? t('commands.done');
}

