import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../../core/model/plan';
import { instantiateTemplate } from '../../../core/template/instantiate';
import { handlebarsCompiler } from '../../../electron/services/template-handlebars';
import { loadTemplate } from '../../../electron/services/template-service';

/**
 * The An Lão answers (docs/examples/answers-an-lao.json) with every free-text field replaced by
 * `size` characters made of the runs that trip super-linear code: a long line without a break,
 * long runs of tabs, newlines, spaces, full stops and semicolons, brackets, NFD letters, each
 * followed by a word (a trailing-whitespace regex must fail on each run). Doubling `size`
 * doubles every run, so time that grows faster than the text shows at once.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Keys whose values are codes, dates or numbers, not text a clerk types. */
const CODES = new Set(['regime', 'defaultProfile', 'toneMarks', 'dateStyle', 'date', 'display', 'number', 'profile', 'urgency']);

const RUNS = ['Giáo dục chính trị ', '\t', '\n', ' ', '.', ';', '(', 'ệ'.normalize('NFD'), '- '];

export function filler(size: number): string {
  const each = Math.max(1, Math.floor(size / RUNS.length));
  return RUNS.map((unit) => `${unit.repeat(Math.ceil(each / unit.length)).slice(0, each)} Huyện ủy`).join('');
}

function scale(value: unknown, size: number, key = ''): unknown {
  if (typeof value === 'string') return CODES.has(key) ? value : `${value} ${filler(size)} ${value}`;
  if (Array.isArray(value)) return value.map((item) => scale(item, size, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scale(v, size, k)]));
  return value;
}

/** A plan of the dang-ke-hoach-thuc-hien template whose every text field is about `size` characters long. */
export function scaledPlan(size: number): Plan {
  const answers = JSON.parse(readFileSync(path.join(repo, 'docs/examples/answers-an-lao.json'), 'utf8')) as Record<string, unknown>;
  const scaled = scale(answers, size) as Record<string, any>;
  // A brace group with a long purpose too, and a short name to introduce.
  scaled.recipients.push({ purpose: `để ${filler(size)} thực hiện`, display: 'brace', items: [`Ban Tổ chức ${filler(size)}`, 'Văn phòng'] });
  scaled.bases[0].shortName = `Chỉ thị ${filler(size)} 32`;
  let next = 0;
  return instantiateTemplate(loadTemplate('dang-ke-hoach-thuc-hien'), scaled, handlebarsCompiler, { newId: () => `s-${(next += 1)}` });
}
