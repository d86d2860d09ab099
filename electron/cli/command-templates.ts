import path from 'node:path';
import type { TemplateField } from '../../core/template/manifest';
import { defaultTemplatesDir } from '../services/template-root';
import { loadTemplate } from '../services/template-service';
import { templateIds } from '../services/template-files';
import { TemplateError } from '../../core/template/template-error';
import { type ParsedArgs, allowOnly } from './args';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import type { CliCommand } from './cli-command';

const REGIME = { dang: 'Đảng', 'nha-nuoc': 'Nhà nước' } as const;

function fieldLines(fields: TemplateField[], indent: string): string[] {
  return fields.flatMap((f) => [
    `${indent}${f.name} (${f.type}${f.required ? ', bắt buộc' : ''}${f.default !== undefined ? `, mặc định ${JSON.stringify(f.default)}` : ''}): ${f.label}`,
    ...fieldLines(f.items ?? [], `${indent}    `),
  ]);
}

/** kehoach templates: every template with the fields its answers.json takes (Vietnamese labels). */
export async function commandTemplates(args: ParsedArgs, io: CliIo): Promise<void> {
  allowOnly(args, 'templates', ['templates-dir']);
  const dir = typeof args.options['templates-dir'] === 'string' ? path.resolve(io.cwd, args.options['templates-dir']) : defaultTemplatesDir();
  const ids = templateIds(dir);
  if (ids.length === 0) throw new CliError(`${dir}: không có mẫu nào. Hãy kiểm tra thư mục templates/.`);
  const broken: TemplateError[] = [];
  for (const id of ids) {
    try {
      const { manifest } = loadTemplate(id, dir);
      io.out(`${manifest.id}: ${manifest.name} [${REGIME[manifest.regime]}; ${manifest.planType}; thể thức ${manifest.defaultProfile}]`);
      io.out('  Trường trong "fields" của tệp câu trả lời:');
      for (const line of fieldLines(manifest.fields, '    ')) io.out(line);
      io.out('');
    } catch (err) {
      if (err instanceof TemplateError) broken.push(err);
      else throw err;
    }
  }
  for (const err of broken.slice(1)) io.err(`Lỗi: mẫu bị lỗi tại ${err.message}`);
  if (broken[0]) throw new CliError(`mẫu bị lỗi tại ${broken[0].message}`);
}

/** The command as the CLI runs it (commands.ts; dist/cli/kehoach-templates.cjs starts with it alone). */
export const command: CliCommand = {
  name: 'templates',
  async run(args, io) {
    await commandTemplates(args, io);
    return 0;
  },
};
