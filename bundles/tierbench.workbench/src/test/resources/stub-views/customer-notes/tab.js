export function render(element, context) {
  const note = document.createElement('p');
  note.dataset.testid = 'notes';
  note.textContent = `notes of ${context.customerId}`;
  element.append(note);
}
