import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { paragraph, text } from '../../../core/model';
import { readDocx } from '../../helpers/docx-xml';
import { anLaoPlan } from '../../helpers/fixtures';

// plan-anatomy.md §4: text pasted from PDFs or macOS is often NFD; Word refuses XML-invalid characters.
describe('text written into the DOCX', () => {
  it('comes out NFC even when typed NFD, and control characters are gone', async () => {
    const nfd = 'Tăng cường công tác giáo dục chính trị'.normalize('NFD');
    const plan = anLaoPlan({
      preamble: [paragraph(text(`${nfd}\u0007 cho học\u0000 sinh\u000B.`))],
      recipients: [{ purpose: '', display: 'each-line', items: ['Ban Tuyên giáo\u0001 Thành ủy'.normalize('NFD')] }],
    });
    const { documentXml } = await readDocx(await exportDocx(plan));
    expect(documentXml).toContain('Tăng cường công tác giáo dục chính trị cho học sinh.');
    expect(documentXml).toContain('- Ban Tuyên giáo Thành ủy,');
    expect(documentXml.normalize('NFC')).toBe(documentXml);
    // eslint-disable-next-line no-control-regex
    expect(documentXml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('stays NFC where the layout writes capitals: "i̲̇" upper-cased is no longer NFC until composed again (random plans, seed 481)', async () => {
    const name = 'Thủy lợi\u0332\u0307'; // NFC as typed: no precomposed i with a dot above
    expect(name.normalize('NFC')).toBe(name);
    expect(name.toUpperCase().normalize('NFC')).not.toBe(name.toUpperCase());
    const plan = anLaoPlan();
    const { documentXml } = await readDocx(await exportDocx({ ...plan, organisation: { ...plan.organisation, issuingBody: `Ban ${name}` } }));
    expect(documentXml.normalize('NFC')).toBe(documentXml);
    expect(documentXml).toContain('BAN THỦY LỢ\u0130\u0332');
  });

  it('keeps the six-space blanks of an unnumbered, undated draft (xml:space preserved)', async () => {
    const { documentXml } = await readDocx(await exportDocx(anLaoPlan()));
    expect(documentXml).toMatch(/<w:t xml:space="preserve">Số {6}-KH\/HU<\/w:t>/);
    expect(documentXml).toMatch(/<w:t xml:space="preserve">An Lão, ngày {6}tháng {6}năm 2024<\/w:t>/);
  });
});
