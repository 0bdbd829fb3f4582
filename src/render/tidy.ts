/** Collapses the blank-line runs left by template blocks so the markdown stays tidy. */
export function tidy(markdown: string): string {
  return `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
