import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswersError, TemplateError, createPlanFromTemplate, defaultTemplatesDir, loadTemplate } from '../../../electron/services/template-service';
import { anLaoAnswers, shortPlanAnswers } from './sample-answers';

const ID = 'dang-ke-hoach-ngan';
let dir: string;
let folder: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-tpl-'));
  folder = path.join(dir, ID);
  cpSync(path.join(defaultTemplatesDir(), ID), folder, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (rel: string, text: string): void => writeFileSync(path.join(folder, rel), text);
const editManifest = (edit: (text: string) => string): void => write('manifest.json', edit(readFileSync(path.join(folder, 'manifest.json'), 'utf8')));

function templateError(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(TemplateError);
    return err as TemplateError;
  }
  throw new Error('expected a TemplateError');
}

const build = () => createPlanFromTemplate(ID, shortPlanAnswers(), dir);

describe('template errors carry file, line and a Vietnamese message', () => {
  it('bad Handlebars syntax: the body file and the line of the broken tag', () => {
    write('sections/yeu-cau.hbs', '- Yêu cầu một.\n- Yêu cầu hai.\n- Thực hiện {{cite "full"\n');
    const err = templateError(() => loadTemplate(ID, dir));
    expect(err.file).toBe(path.join(folder, 'sections', 'yeu-cau.hbs'));
    expect(err.line).toBe(3);
    expect(err.messageVi).toMatch(/sai cú pháp/);
  });

  it('a closing tag that does not match its block', () => {
    write('sections/muc-dich.hbs', '{{#if purposes}}\n- Mục đích.\n{{/each}}\n');
    const err = templateError(() => loadTemplate(ID, dir));
    expect(err.file.endsWith(path.join('sections', 'muc-dich.hbs'))).toBe(true);
    expect(err.line).toBeGreaterThanOrEqual(1);
    expect(err.messageVi).toMatch(/không khớp/);
  });

  it('unknown helper: named, with its line and column', () => {
    write('sections/muc-dich.hbs', '- Mục đích chung.\n- Thực hiện {{trichDan "full"}}.\n');
    const err = templateError(() => loadTemplate(ID, dir));
    expect(err.file.endsWith(path.join('sections', 'muc-dich.hbs'))).toBe(true);
    expect(err.line).toBe(2);
    expect(err.column).toBe(13);
    expect(err.messageVi).toContain('"trichDan"');
    expect(err.messageVi).toMatch(/không có/);
  });

  it('missing field: a name the manifest does not declare fails when the plan is built', () => {
    write('sections/muc-dich.hbs', '- Mục đích chung.\n\n{{tenKhongCo}}\n');
    const err = templateError(build);
    expect(err.file.endsWith(path.join('sections', 'muc-dich.hbs'))).toBe(true);
    expect(err.line).toBe(3);
    expect(err.messageVi).toContain('"tenKhongCo"');
    expect(err.messageVi).toMatch(/không khai báo/);
  });

  it('a helper called with a wrong kind points at the argument', () => {
    write('sections/muc-dich.hbs', '- Thực hiện {{cite "fulll"}}.\n');
    const err = templateError(build);
    expect(err.line).toBe(1);
    expect(err.messageVi).toContain('"fulll"');
  });

  it('invalid manifest (schema): manifest.json, the line of the bad value, the field named', () => {
    editManifest((t) => t.replace('"key": "noi-dung",\n      "title": "Nội dung",\n      "presence": "required"', '"key": "noi-dung",\n      "title": "Nội dung",\n      "presence": "doi-khi"'));
    const text = readFileSync(path.join(folder, 'manifest.json'), 'utf8');
    const err = templateError(() => loadTemplate(ID, dir));
    expect(err.file).toBe(path.join(folder, 'manifest.json'));
    expect(err.line).toBe(text.split('\n').findIndex((l) => l.includes('"doi-khi"')) + 1);
    expect(err.messageVi).toContain('sections[1].presence');
    expect(err.messageVi).toMatch(/phải là một trong/);
  });

  it('invalid manifest (not JSON): the line of the syntax error', () => {
    editManifest((t) => t.replace('"planType": "Kế hoạch",', '"planType": "Kế hoạch"'));
    const text = readFileSync(path.join(folder, 'manifest.json'), 'utf8');
    const err = templateError(() => loadTemplate(ID, dir));
    expect(err.file).toBe(path.join(folder, 'manifest.json'));
    expect(err.line).toBe(text.split('\n').findIndex((l) => l.includes('"regime"')) + 1);
    expect(err.messageVi).toMatch(/không phải JSON hợp lệ/);
  });

  it('body file missing: manifest.json at the line that names it', () => {
    rmSync(path.join(folder, 'sections', 'yeu-cau.hbs'));
    const text = readFileSync(path.join(folder, 'manifest.json'), 'utf8');
    const err = templateError(() => loadTemplate(ID, dir));
    expect(err.file).toBe(path.join(folder, 'manifest.json'));
    expect(err.line).toBe(text.split('\n').findIndex((l) => l.includes('sections/yeu-cau.hbs')) + 1);
    expect(err.messageVi).toMatch(/Không tìm thấy tệp thân "sections\/yeu-cau.hbs"/);
  });

  it('a title using an undeclared field is reported in manifest.json', () => {
    editManifest((t) => t.replace('"title": "Mục đích",', '"title": "Mục đích {{khongCo}}",'));
    const text = readFileSync(path.join(folder, 'manifest.json'), 'utf8');
    const err = templateError(build);
    expect(err.file).toBe(path.join(folder, 'manifest.json'));
    expect(err.line).toBe(text.split('\n').findIndex((l) => l.includes('{{khongCo}}')) + 1);
    expect(err.messageVi).toContain('"khongCo"');
  });
});

describe('answers errors name the field', () => {
  function answersError(answers: unknown, id = ID): AnswersError {
    try {
      createPlanFromTemplate(id, answers, id === ID ? dir : undefined);
    } catch (err) {
      expect(err).toBeInstanceOf(AnswersError);
      return err as AnswersError;
    }
    throw new Error('expected an AnswersError');
  }

  it('an impossible date of a base', () => {
    const answers = shortPlanAnswers();
    answers.bases[0].date = '2024-02-30';
    const err = answersError(answers);
    expect(err.issue.path).toBe('bases[0].date');
    expect(err.message).toBe('trường "bases[0].date": Ngày không có thật trong lịch');
  });

  it('a template field of the wrong type', () => {
    const answers = shortPlanAnswers();
    answers.fields.purposes = 'một chuỗi';
    expect(answersError(answers).message).toBe('trường "fields.purposes": phải là danh sách [ … ]');
  });

  it('a required template field left out, inside a list item', () => {
    const answers = shortPlanAnswers();
    delete answers.fields.units[1].task;
    expect(answersError(answers).message).toBe('trường "fields.units[1].task": bắt buộc phải có nhưng đang thiếu');
  });

  it('a field the template does not ask for (a typo)', () => {
    const answers = shortPlanAnswers();
    answers.fields.leadUnitt = 'x';
    expect(answersError(answers).message).toMatch(/^trường "fields": có trường không được dùng: "leadUnitt"/);
  });

  it('a state organisation with a Party template', () => {
    const answers = anLaoAnswers();
    answers.organisation.regime = 'nha-nuoc';
    answers.organisation.defaultProfile = 'nha-nuoc-nd30';
    const err = answersError(answers, 'dang-ke-hoach-thuc-hien');
    expect(err.issue.path).toBe('organisation.regime');
    expect(err.message).toMatch(/hãy chọn mẫu khác/);
  });
});

describe('a template pack never reads outside its folder', () => {
  it('a body symlinked to a file outside the pack (e.g. /etc/hostname) is refused, naming the file', () => {
    const outside = path.join(dir, 'bi-mat.txt');
    writeFileSync(outside, 'NOI-DUNG-BI-MAT của máy');
    rmSync(path.join(folder, 'sections', 'muc-dich.hbs'));
    symlinkSync(outside, path.join(folder, 'sections', 'muc-dich.hbs'));
    const err = templateError(() => loadTemplate(ID, dir));
    expect(err.messageVi).toMatch(/trỏ ra ngoài thư mục mẫu/);
    expect(err.messageVi).toContain('sections/muc-dich.hbs');
    expect(() => build()).toThrow(TemplateError);
  });

  it('a symlinked manifest and a "../" body path in the manifest are refused too', () => {
    editManifest((t) => t.replace('"sections/muc-dich.hbs"', '"sections/../../bi-mat.hbs"'));
    writeFileSync(path.join(dir, 'bi-mat.hbs'), 'NOI-DUNG-BI-MAT');
    expect(() => loadTemplate(ID, dir)).toThrow();
    let text = '';
    try {
      text = JSON.stringify(build());
    } catch {
      // refused: good
    }
    expect(text).not.toContain('NOI-DUNG-BI-MAT');
    const manifest = readFileSync(path.join(folder, 'manifest.json'), 'utf8');
    writeFileSync(path.join(dir, 'manifest-ngoai.json'), manifest);
    rmSync(path.join(folder, 'manifest.json'));
    symlinkSync(path.join(dir, 'manifest-ngoai.json'), path.join(folder, 'manifest.json'));
    expect(templateError(() => loadTemplate(ID, dir)).messageVi).toMatch(/trỏ ra ngoài thư mục mẫu/);
  });

  it('a symlink between two files inside the pack is fine', () => {
    rmSync(path.join(folder, 'sections', 'yeu-cau.hbs'));
    writeFileSync(path.join(folder, 'sections', 'yeu-cau-that.hbs'), '- Yêu cầu một.\n');
    symlinkSync(path.join(folder, 'sections', 'yeu-cau-that.hbs'), path.join(folder, 'sections', 'yeu-cau.hbs'));
    expect(() => loadTemplate(ID, dir)).not.toThrow();
  });
});

describe('malicious Handlebars in a body stays harmless', () => {
  const attacks = [
    '{{constructor.constructor "return process"}}',
    '{{#with "x"}}{{constructor.constructor}}{{/with}}',
    '{{lookup this "constructor"}}',
    '{{lookup (lookup this "__proto__") "constructor"}}',
    '{{__proto__}}',
    '{{> tep-ngoai}}',
    '{{#> khoi}}x{{/khoi}}',
    '{{exec "rm -rf /"}}',
    '{{log "x"}}{{helperMissing}}',
  ];
  it.each(attacks)('%s: refused with a Vietnamese message, or prints no code', (attack) => {
    write('sections/muc-dich.hbs', `- Mục đích một.\n- ${attack}\n`);
    let text = '';
    try {
      text = JSON.stringify(build());
    } catch (err) {
      expect(err).toBeInstanceOf(TemplateError);
      expect((err as TemplateError).messageVi).toMatch(/^Mẫu /);
      // Vietnamese only: none of Handlebars' or JavaScript's own English words inside.
      expect((err as TemplateError).messageVi).not.toMatch(/\b(the|could|not|found|Cannot|read|properties|undefined|Error|partial|helper)\b/);
      return;
    }
    expect(text).not.toMatch(/native code|function|process|\[object/);
  });
});
