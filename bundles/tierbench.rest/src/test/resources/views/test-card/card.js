export function render(element, context) {
  element.textContent = "test card " + context.lang;
}
