import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { toTemplateError } from '../../core/template/handlebars-errors';
import type { LoadedTemplate } from '../../core/template/instantiate';
import { jsonSyntaxErrorPosition, locateJsonPath } from '../../core/template/json-locate';
import { type TemplateManifest, type TemplateSectionSpec, bodyFiles, templateManifestSchema } from '../../core/template/manifest';
import { TemplateError } from '../../core/template/template-error';
import { firstIssue, viErrorMap } from '../../core/template/vi-issues';
import { precompileStrict } from './template-handlebars';

/** The template id asked for does not exist in the templates folder. */
export class UnknownTemplateError extends Error {
  constructor(
    readonly templateId: string,
    readonly available: string[],
  ) {
    super(
      `Không có mẫu "${templateId}". ` +
        (available.length ? `Các mẫu hiện có: ${available.join(', ')}.` : 'Thư mục mẫu đang trống.') +
        ' Hãy chạy "kehoach templates" để xem danh sách.',
    );
    this.name = 'UnknownTemplateError';
  }
}

/** Folders of `dir` that contain a manifest.json, sorted. */
export function templateIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'manifest.json')) && statSync(path.join(dir, name)).isDirectory())
    .sort();
}

/**
 * Reads and checks a template folder completely (manifest, every body, every title compiled)
 * before anything is built from it, so a broken template fails here with file and line.
 */
export function readTemplate(id: string, dir: string): LoadedTemplate {
  if (!/^[a-z0-9-]+$/.test(id)) throw new UnknownTemplateError(id, templateIds(dir));
  const folder = path.join(dir, id);
  const manifestPath = path.join(folder, 'manifest.json');
  if (!existsSync(manifestPath)) throw new UnknownTemplateError(id, templateIds(dir));

  const text = readPackFile(folder, manifestPath, 'manifest.json', manifestPath);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const at = jsonSyntaxErrorPosition(text, err);
    throw new TemplateError(manifestPath, 'manifest.json không phải JSON hợp lệ (thiếu dấu phẩy, ngoặc hoặc dấu nháy). Hãy sửa tại vị trí này.', at?.line, at?.column);
  }
  const locate = (p: ReadonlyArray<string | number>) => locateJsonPath(text, p);
  const parsed = templateManifestSchema.safeParse(json, { error: viErrorMap });
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    const at = locate((parsed.error.issues[0]?.path ?? []) as Array<string | number>);
    throw new TemplateError(manifestPath, `manifest.json không hợp lệ: trường "${issue.path}": ${issue.message}`, at?.line, at?.column);
  }
  const manifest: TemplateManifest = parsed.data;
  if (manifest.id !== id) {
    const at = locate(['id']);
    throw new TemplateError(manifestPath, `Mã mẫu "${manifest.id}" khác tên thư mục "${id}". Hãy đặt hai tên giống nhau.`, at?.line, at?.column);
  }

  const bodies: LoadedTemplate['bodies'] = {};
  for (const rel of bodyFiles(manifest)) {
    const file = path.join(folder, ...rel.split('/'));
    if (!existsSync(file)) {
      const at = findReference(text, rel);
      throw new TemplateError(
        manifestPath,
        `Không tìm thấy tệp thân "${rel}" (${file}). Hãy tạo tệp này hoặc sửa đường dẫn trong manifest.json.`,
        at?.line,
        at?.column,
      );
    }
    const source = readPackFile(folder, file, rel, manifestPath);
    precompile(file, source);
    bodies[rel] = { path: file, source };
  }
  checkTitles(manifest.sections, ['sections'], manifestPath, locate);
  return { manifest, manifestPath, bodies, locate };
}

/**
 * A file of the pack, read only if it really is inside the pack: a symlink (or a "../" path in the
 * manifest) leading out of the folder would pull any file of the computer into the plan.
 */
function readPackFile(folder: string, file: string, rel: string, manifestPath: string): string {
  const base = realpathSync(folder);
  const real = realpathSync(file);
  const relative = path.relative(base, real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative) || !statSync(real).isFile()) {
    throw new TemplateError(
      manifestPath,
      `Tệp "${rel}" của mẫu trỏ ra ngoài thư mục mẫu (liên kết tắt hoặc đường dẫn "../"), nên không được đọc. Hãy chép nội dung tệp vào ngay trong thư mục mẫu.`,
    );
  }
  return readFileSync(real, 'utf8');
}

function precompile(file: string, source: string): void {
  try {
    precompileStrict(source);
  } catch (err) {
    throw toTemplateError(err, file, source);
  }
}

function checkTitles(
  sections: TemplateSectionSpec[],
  at: Array<string | number>,
  manifestPath: string,
  locate: (p: ReadonlyArray<string | number>) => { line: number; column: number } | undefined,
): void {
  sections.forEach((section, i) => {
    try {
      precompileStrict(section.title);
    } catch (err) {
      const inner = toTemplateError(err, manifestPath, section.title);
      const pos = locate([...at, i, 'title']);
      throw new TemplateError(manifestPath, `Tiêu đề "${section.title}": ${inner.messageVi}`, pos?.line, pos?.column);
    }
    checkTitles(section.children ?? [], [...at, i, 'children'], manifestPath, locate);
  });
}

function findReference(text: string, rel: string): { line: number; column: number } | undefined {
  const index = text.indexOf(`"${rel}"`);
  if (index < 0) return undefined;
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
