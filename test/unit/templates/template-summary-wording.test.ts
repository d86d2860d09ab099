import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listTemplates } from '../../../electron/services/template-service';

/** The new-plan form previews a template's opening from its `wording` and its fields' defaults: the list carries both. */
describe('template list: wording and field defaults for the form', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-tpl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (id: string, manifest: object): void => {
    mkdirSync(path.join(dir, id, 'sections'), { recursive: true });
    writeFileSync(path.join(dir, id, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(path.join(dir, id, 'sections', 'muc-dich.hbs'), 'Quán triệt sâu rộng.');
    writeFileSync(path.join(dir, id, 'summary.hbs'), 'thực hiện {{cite "full"}}');
    writeFileSync(path.join(dir, id, 'preamble.hbs'), 'Thực hiện {{bases}}, {{org "collective"}} ban hành Kế hoạch như sau:');
  };
  const common = { planType: 'Kế hoạch', regime: 'dang', defaultProfile: 'dang-hd05', sections: [{ key: 'muc-dich', title: 'Mục đích', presence: 'required', body: 'sections/muc-dich.hbs' }] };
  write('ghep-tu-phan', {
    ...common, id: 'ghep-tu-phan', name: 'Ghép từ các phần',
    fields: [{ name: 'issueVerb', label: 'Động từ', type: 'string', default: 'xây dựng' }],
    wording: { opening: { verb: '{{issueVerb}}', paragraphs: 2 }, summary: { lead: 'triển khai thực hiện' } },
  });
  write('tu-viet', { ...common, id: 'tu-viet', name: 'Tự viết', summary: 'summary.hbs', preamble: 'preamble.hbs', fields: [{ name: 'note', label: 'Ghi chú', type: 'string' }] });

  it('gives the wording as written, with the defaults of the fields it names', () => {
    const composed = listTemplates(dir).find((t) => t.id === 'ghep-tu-phan');
    expect(composed?.wording).toEqual({ opening: { verb: '{{issueVerb}}', paragraphs: 2 }, summary: { lead: 'triển khai thực hiện' } });
    expect(composed?.fields[0]).toMatchObject({ name: 'issueVerb', default: 'xây dựng' });
  });

  it('gives no wording for a template that writes its own opening, and no default where there is none', () => {
    const own = listTemplates(dir).find((t) => t.id === 'tu-viet');
    expect(own).toBeDefined();
    expect(own).not.toHaveProperty('wording');
    expect(own?.fields[0]).not.toHaveProperty('default');
  });
});
