import type Handlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { DEFAULT_TEMPLATE_SPEC } from './default-template.generated.js';
import type { ReportTemplate } from './engine.js';
import { tidy } from './tidy.js';
import type { ReportView } from './view.js';

/** handlebars/runtime.d.ts declares nothing: the runtime is the full API without the compiler. */
const HandlebarsRuntime = runtime as unknown as Pick<typeof Handlebars, 'create'>;

/**
 * templates/report.md.hbs as precompiled at build time (scripts/precompile-template.mjs), run by
 * the Handlebars runtime alone: the default report needs neither the compiler nor a compile at
 * start. Same options as `compileTemplate` (strict, no escaping), so the same text.
 */
export function defaultTemplate(): ReportTemplate {
  const template = HandlebarsRuntime.create().template<ReportView>(
    DEFAULT_TEMPLATE_SPEC,
  );
  return (view) => tidy(template(view));
}
