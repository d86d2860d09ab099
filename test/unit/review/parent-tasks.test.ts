import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parentTasks } from '../../../core/review/parent-tasks';
import { importedTextFromPlain, numberedParagraphs } from '../../../core/review/plain-numbering';

const parents = path.resolve(__dirname, '../../data/coverage/parents');
const real = (file: string) => importedTextFromPlain(readFileSync(path.join(parents, file), 'utf8'), file);
const plain = (lines: string[]) => importedTextFromPlain(lines.join('\n'), 'x.txt');

describe('numberedParagraphs: labels and depth of plain text, one paragraph a line', () => {
  it('nests A./1./1.1./a)/- in the order they first appear and closes levels when a shape comes back', () => {
    const ps = numberedParagraphs(['A. NHIỆM VỤ', '1. Công tác', '1.1. Đổi mới', 'a) Một', '- gạch', 'Văn xuôi', 'B. TỔ CHỨC', 'I. Đối với Phòng', '- Xây dựng'].join('\n'));
    expect(ps.map((p) => [p.label ?? '', p.level])).toEqual([
      ['A.', 1], ['1.', 2], ['1.1.', 3], ['a)', 4], ['-', 5], ['', 0], ['B.', 1], ['I.', 2], ['-', 3],
    ]);
    expect(ps[1]!.text).toBe('Công tác');
  });

  it('reads "C." after "B." as a letter and "I." as a roman numeral, NFC whatever the input', () => {
    const ps = numberedParagraphs('A. a\nB. b\nC. c\nI. MỘT\nII. HAI'.normalize('NFD'));
    expect(ps.map((p) => p.kind)).toEqual(['letter', 'letter', 'letter', 'roman', 'roman']);
    expect(ps[3]!.text).toBe('MỘT'.normalize('NFC'));
  });
});

describe('parentTasks: the numbered tasks and targets of a parent', () => {
  it('An Lão plan: the target of I.2 and the five tasks of II, not the purpose nor the assignments', () => {
    const tasks = parentTasks(real('an-lao-ke-hoach-chi-thi-32.txt'));
    expect(tasks.map((t) => [t.id, t.kind])).toEqual([
      ['I.2', 'target'], ['II.1', 'task'], ['II.2', 'task'], ['II.3', 'task'], ['II.4', 'task'], ['II.5', 'task'],
    ]);
    // A task runs on through its unnumbered paragraphs.
    expect(tasks[5]!.text).toMatch(/^Xây dựng và thực hiện hiệu quả cơ chế phối hợp/);
    expect(tasks[5]!.text).toMatch(/Nâng cao hiệu quả công tác quản lý, thanh tra, kiểm tra, giám sát/);
    expect(tasks[1]!.headings).toEqual(['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM']);
  });

  it('Thanh Xuân plan: "NHIỆM VỤ CHUNG" items and the sub-items of B, with decimal paths', () => {
    const text = real('thanh-xuan-ke-hoach-nam-hoc-2023-2024.txt');
    const tasks = parentTasks(text);
    expect(tasks.map((t) => t.id)).toEqual([
      'A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'B.1.1', 'B.1.2', 'B.1.3', 'B.1.4', 'B.1.5',
      'B.2.1', 'B.2.2', 'B.2.3', 'B.2.4', 'B.2.5', 'B.3.1', 'B.3.3', 'B.3.4', 'B.3.5',
    ]);
    const b11 = tasks.find((t) => t.id === 'B.1.1')!;
    expect(text.paragraphs[b11.paragraphIndex]!.label).toBe('1.1.');
    expect(b11.headings).toEqual(['NHIỆM VỤ, GIẢI PHÁP CỤ THỂ', 'Công tác giáo dục chính trị, tư tưởng, văn hóa']);
  });

  it('takes the "-" items under a target heading as targets, each with its own id', () => {
    const tasks = parentTasks(plain([
      'I. MỤC ĐÍCH, YÊU CẦU', '1. Quán triệt sâu sắc', 'II. MỤC TIÊU', '1. Mục tiêu đến năm 2030', 'a) Mục tiêu tổng quát',
      'Xây dựng nền giáo dục hiện đại.', 'b) Một số mục tiêu cụ thể', '- Về giáo dục mầm non: 100% trẻ em', '- Về giáo dục phổ thông: 100% học sinh',
      'III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', '1. Nâng cao nhận thức', '2. Đổi mới thể chế', 'IV. TỔ CHỨC THỰC HIỆN', '1. Ủy ban nhân dân', '- Xây dựng kế hoạch',
    ]));
    expect(tasks.map((t) => [t.id, t.kind])).toEqual([
      ['II.1.a', 'target'], ['II.1.b.-1', 'target'], ['II.1.b.-2', 'target'], ['III.1', 'task'], ['III.2', 'task'],
    ]);
    expect(tasks[0]!.text).toBe('Mục tiêu tổng quát\nXây dựng nền giáo dục hiện đại.');
  });

  it('takes every numbered point of a document without task headings (a Chỉ thị), except its assignments', () => {
    const tasks = parentTasks(plain(['Mở đầu.', '1. Tăng cường sự lãnh đạo', '2. Đẩy mạnh tuyên truyền', '3. Tổ chức thực hiện', '- Các huyện ủy']));
    expect(tasks.map((t) => t.id)).toEqual(['1', '2']);
  });

  it('takes a long numbered task that starts with a heading word as a task, not a heading', () => {
    const long = 'Nội dung tuyên truyền phải bám sát các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về giáo dục và đào tạo trên địa bàn';
    const tasks = parentTasks(plain(['I. MỤC ĐÍCH, YÊU CẦU', `1. ${long}`, 'II. NHIỆM VỤ', `1. ${long}`]));
    expect(tasks.map((t) => t.id)).toEqual(['II.1']);
  });
});
