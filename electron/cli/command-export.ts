import path from 'node:path';
import { exportDocx } from '../../core/docx/export-docx';
import { parseDraft } from '../../core/draft/draft-file';
import { citationNotices } from '../../core/render/notices';
import { PROFILE_IDS, type ProfileId } from '../../core/model/organisation';
import { getProfile } from '../../core/profiles/profile';
import { type ParsedArgs, allowOnly, requireOption } from './args';
import { CliError, oneLine, usageError } from './cli-error';
import type { CliIo } from './cli-io';
import { nativeZip } from '../services/native-zip';
import { readInputFile } from './read-input';
import { writeOutputFile } from './write-output';
import type { CliCommand } from './cli-command';

/** kehoach export <draft.kehoach> -o <out.docx> [--profile <id>] */
export async function commandExport(args: ParsedArgs, io: CliIo): Promise<void> {
  allowOnly(args, 'export', ['output', 'profile']);
  const draftFile = args.positionals[0];
  if (!draftFile) throw usageError('thiếu tệp bản thảo: kehoach export <bản-thảo.kehoach> -o <tệp.docx>.');
  if (args.positionals.length > 1) throw usageError(`thừa tham số "${args.positionals[1]}".`);
  const output = requireOption(args, 'output', '<tệp .docx>');
  if (!/\.docx$/i.test(output)) throw usageError(`tệp xuất "${output}" phải có đuôi .docx.`);

  const profileOption = args.options.profile;
  let profile: ProfileId | undefined;
  if (profileOption !== undefined) {
    if (!(PROFILE_IDS as readonly unknown[]).includes(profileOption))
      throw new CliError(`--profile: không có thể thức "${String(profileOption)}". Hãy dùng một trong: ${PROFILE_IDS.join(', ')}.`);
    profile = profileOption as ProfileId;
  }

  const text = await readInputFile(path.resolve(io.cwd, draftFile)).catch((err: unknown) => {
    throw err instanceof CliError ? new CliError(err.line.replace(path.resolve(io.cwd, draftFile), draftFile)) : err;
  });
  const parsed = parseDraft(text);
  if (!parsed.ok) throw new CliError(`${draftFile}: ${oneLine(parsed.error)}`);
  const plan = parsed.plan;
  if (profile) {
    if (getProfile(profile).regime !== plan.organisation.regime)
      throw new CliError(
        `--profile: thể thức "${profile}" dành cho ${getProfile(profile).regime === 'dang' ? 'văn bản Đảng' : 'văn bản nhà nước'}, không hợp với bản thảo này. Hãy chọn thể thức khác.`,
      );
    plan.profile = profile;
  }

  const bytes = await exportDocx(plan, { zip: nativeZip });
  await writeOutputFile(path.resolve(io.cwd, output), bytes);
  io.out(`Đã xuất ${output} (thể thức ${plan.profile}).`);
  for (const notice of citationNotices(plan)) io.err(`Lưu ý: ${notice.message}`);
}

/** The command as the CLI runs it (commands.ts; dist/cli/kehoach-export.cjs starts with it alone). */
export const command: CliCommand = {
  name: 'export',
  async run(args, io) {
    await commandExport(args, io);
    return 0;
  },
};
