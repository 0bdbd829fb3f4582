import Handlebars from 'handlebars';
import { tidy } from './tidy.js';
import type { ReportView } from './view.js';

export type ReportTemplate = (view: ReportView) => string;

/**
 * Compiles a report template in an isolated Handlebars instance. `strict` turns a misspelled
 * field into an error; `noEscape` because the output is markdown and every user-derived string
 * in the view is already escaped for markdown (render/escape.ts).
 */
export function compileTemplate(source: string): ReportTemplate {
  const handlebars = Handlebars.create();
  const template = handlebars.compile<ReportView>(source, { noEscape: true, strict: true });
  return (view) => tidy(template(view));
}
