export function render() {
  throw new Error('deliberately broken');
}
