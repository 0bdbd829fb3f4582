import type { Certification } from '../model/certification.js';
import type { ReportTemplate } from './engine.js';
import { buildView, type ViewOptions } from './view.js';

/**
 * The order in which a report is shrunk to fit a size limit (GitHub: 65,536 characters for
 * a comment or a check-run summary): first passing detail goes, then lists are capped harder,
 * then details are replaced by a pointer to the job summary and artifact.
 */
const SMALLEST: ViewOptions = { listCap: 5, includePassing: false, compact: true };

export const SHRINK_STEPS: readonly ViewOptions[] = [
  { listCap: 100, includePassing: true, compact: false },
  { listCap: 100, includePassing: false, compact: false },
  { listCap: 25, includePassing: false, compact: false },
  { listCap: 5, includePassing: false, compact: false },
  SMALLEST,
];

export function renderToFit(cert: Certification, template: ReportTemplate, limit: number): string {
  return fittingRenderer(cert, template)(limit);
}

/**
 * `renderToFit` for one certification at several limits (report file, job summary, comment,
 * check run): each shrink step is rendered at most once. The answer for a limit is the first step
 * that fits it, so it is the same whichever limits were asked before; on a 100 MB JUnit run the
 * report and the job summary were two full renders of the same text.
 */
export function fittingRenderer(cert: Certification, template: ReportTemplate): (limit: number) => string {
  const rendered: string[] = [];
  const step = (index: number): string =>
    (rendered[index] ??= template(buildView(cert, SHRINK_STEPS[index] ?? SMALLEST)));
  return (limit) => {
    for (let index = 0; index < SHRINK_STEPS.length; index++) {
      const markdown = step(index);
      if (markdown.length <= limit) return markdown;
    }
    return trimAtLine(step(SHRINK_STEPS.length - 1), limit);
  };
}

/** Last resort: cut at a line boundary and close any open <details>, with a note. */
export function trimAtLine(markdown: string, limit: number): string {
  const note = '\n\n_… cut to fit the size limit: the full report is in the job summary and the artifact._\n';
  const budget = Math.max(0, limit - note.length - 40);
  let cut = markdown.slice(0, budget);
  const newline = cut.lastIndexOf('\n');
  if (newline > 0) cut = cut.slice(0, newline);
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  return `${cut}${'\n\n</details>'.repeat(Math.max(0, open))}${note}`;
}
