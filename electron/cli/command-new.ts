import path from 'node:path';
import { serializeDraft } from '../../core/draft/draft-file';
import { citationNotices } from '../../core/render/notices';
import { AnswersError } from '../../core/template/instantiate';
import { locateJsonPath } from '../../core/template/json-locate';
import { TemplateError } from '../../core/template/template-error';
import { createPlanFromTemplate } from '../services/template-service';
import { UnknownTemplateError } from '../services/template-files';
import { type ParsedArgs, allowOnly, requireOption } from './args';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { parseJsonInput, readInputFile } from './read-input';
import { writeOutputFile } from './write-output';
import type { CliCommand } from './cli-command';

/** kehoach new --template <id> --answers <answers.json> -o <draft.kehoach> */
export async function commandNew(args: ParsedArgs, io: CliIo): Promise<void> {
  allowOnly(args, 'new', ['template', 'answers', 'output', 'templates-dir']);
  const templateId = requireOption(args, 'template', '<mã mẫu> (xem "kehoach templates")');
  const answersFile = requireOption(args, 'answers', '<tệp câu trả lời .json>');
  const output = requireOption(args, 'output', '<tệp bản thảo .kehoach>');
  const dir = typeof args.options['templates-dir'] === 'string' ? path.resolve(io.cwd, args.options['templates-dir']) : undefined;

  const text = await readInputFile(path.resolve(io.cwd, answersFile)).catch((err: unknown) => {
    throw err instanceof CliError ? new CliError(err.line.replace(path.resolve(io.cwd, answersFile), answersFile)) : err;
  });
  const answers = parseJsonInput(answersFile, text);

  let plan;
  try {
    plan = createPlanFromTemplate(templateId, answers, dir);
  } catch (err) {
    if (err instanceof AnswersError) {
      const at = locateJsonPath(text, err.segments);
      throw new CliError(`${answersFile}${at ? `:${at.line}` : ''}: ${err.message}`);
    }
    if (err instanceof UnknownTemplateError) throw new CliError(`--template: ${err.message}`);
    if (err instanceof TemplateError) throw new CliError(`mẫu "${templateId}" bị lỗi tại ${err.message}`);
    throw err;
  }
  await writeOutputFile(path.resolve(io.cwd, output), serializeDraft(plan));
  io.out(`Đã tạo bản thảo ${output} từ mẫu ${templateId}.`);
  // What the citation engine could not do as asked is said, never dropped silently.
  for (const notice of citationNotices(plan)) io.err(`Lưu ý: ${notice.message}`);
}

/** The command as the CLI runs it (commands.ts; dist/cli/kehoach-new.cjs starts with it alone). */
export const command: CliCommand = {
  name: 'new',
  async run(args, io) {
    await commandNew(args, io);
    return 0;
  },
};
