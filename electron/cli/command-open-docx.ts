import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeDraft } from '../../core/draft/draft-file';
import { PROFILE_IDS, type ProfileId } from '../../core/model/organisation';
import { getProfile } from '../../core/profiles/profile';
import { UserError, explainError } from '../services/errors';
import { openDocxPlan } from '../services/open-docx/open-docx-plan';
import { type ParsedArgs, allowOnly, requireOption } from './args';
import { CliError, oneLine, usageError } from './cli-error';
import type { CliIo } from './cli-io';
import { writeOutputFile } from './write-output';
import type { CliCommand } from './cli-command';

/** kehoach open-docx <plan.docx> -o <draft.kehoach> [--profile <id>] */
export async function commandOpenDocx(args: ParsedArgs, io: CliIo): Promise<void> {
  allowOnly(args, 'open-docx', ['output', 'profile']);
  const input = args.positionals[0];
  if (!input) throw usageError('thiếu tệp Word: kehoach open-docx <kế-hoạch.docx> -o <bản-thảo.kehoach>.');
  if (args.positionals.length > 1) throw usageError(`thừa tham số "${args.positionals[1]}".`);
  const output = requireOption(args, 'output', '<bản-thảo.kehoach>');
  if (!/\.kehoach$/i.test(output)) throw usageError(`tệp bản thảo "${output}" phải có đuôi .kehoach.`);
  const profileOption = args.options.profile;
  if (profileOption !== undefined && !(PROFILE_IDS as readonly unknown[]).includes(profileOption))
    throw new CliError(`--profile: không có thể thức "${String(profileOption)}". Hãy dùng một trong: ${PROFILE_IDS.join(', ')}.`);
  const profile = profileOption as ProfileId | undefined;

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(io.cwd, input));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${input}: không tìm thấy tệp. Hãy kiểm tra lại đường dẫn.`);
    if (code === 'EISDIR') throw new CliError(`${input}: đây là thư mục, không phải tệp. Hãy chỉ ra một tệp .docx.`);
    throw new CliError(`${input}: ${oneLine(explainError(err, 'đọc tệp'))}`);
  }
  let result;
  try {
    const id = path.basename(input).replace(/\.docx$/i, '').normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'ke-hoach';
    result = await openDocxPlan(bytes, { id, ...(profile ? { profile } : {}) });
  } catch (err) {
    if (err instanceof UserError) throw new CliError(`${input}: ${oneLine(err.message)}`);
    throw err;
  }
  const plan = result.plan;
  if (profile && getProfile(profile).regime !== plan.organisation.regime)
    throw new CliError(
      `--profile: thể thức "${profile}" dành cho ${getProfile(profile).regime === 'dang' ? 'văn bản Đảng' : 'văn bản nhà nước'}, không hợp với kế hoạch này. Hãy chọn thể thức khác.`,
    );
  await writeOutputFile(path.resolve(io.cwd, output), serializeDraft(plan));
  io.out(`Đã mở ${input} thành bản thảo ${output} (thể thức ${plan.profile}).`);
  if (result.notes.length === 0) {
    io.out('Đã nhận ra toàn bộ nội dung.');
    return;
  }
  io.out(`Có ${result.notes.length} chỗ chưa nhận ra, hãy kiểm tra lại trong bản thảo:`);
  for (const n of result.notes) io.out(`- ${n.message}${n.text ? ` «${n.text}»` : ''}`);
}

/** The command as the CLI runs it (commands.ts; dist/cli/kehoach-open-docx.cjs starts with it alone). */
export const command: CliCommand = {
  name: 'open-docx',
  async run(args, io) {
    await commandOpenDocx(args, io);
    return 0;
  },
};
