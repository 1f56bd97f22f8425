import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportDocument } from '../../src/model/document.js';
import { buildModel } from '../../src/pipeline/build.js';
import { readProject } from '../../src/pipeline/project.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The 2020 document as `ehalsa report --year 2020` builds it (the build date fixed); `from` another
 * project folder (a changed copy) instead of this one.
 */
export async function build2020(from: string = root): Promise<ReportDocument> {
  const project = await readProject(from);
  const { model } = await buildModel(project, { year: 2020, draft: false, build: { date: '2021-04-15', commit: 'test' } });
  return model.document;
}
