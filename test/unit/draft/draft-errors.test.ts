import { describe, expect, it } from 'vitest';
import { editedExample, errorOf, readExampleDraft } from './example-fixtures';

/** One Vietnamese sentence: starts with a capital, ends with the only full stop outside quotes and numbers. */
function expectOneVietnameseSentence(message: string): void {
  expect(message).toMatch(/^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]/u);
  expect(message.endsWith('.')).toBe(true);
  expect(message).toMatch(/hãy /);
  expect(message).not.toMatch(/\b(Invalid|expected|received|Unexpected|undefined)\b/);
}

describe('parseDraft rejects what is not a draft', () => {
  it('says a file that is not JSON is not a plan draft and what to open instead', () => {
    const message = errorOf('PK\u0003\u0004 this is a .docx, not a draft');
    expect(message).toMatch(/^Tệp không phải là bản thảo kế hoạch \(không đọc được JSON/);
    expect(message).toContain('.kehoach');
    expectOneVietnameseSentence(message);
  });

  it('says a truncated file cannot be read', () => {
    const text = readExampleDraft('an-lao');
    expect(errorOf(text.slice(0, text.length / 2))).toMatch(/không đọc được JSON/);
  });

  it('says an empty file is empty', () => {
    expect(errorOf('   \n')).toMatch(/^Tệp trống/);
  });

  it('says JSON from another program is not a draft, naming the missing fields', () => {
    const message = errorOf('{"name": "kehoach", "version": "0.1.0"}');
    expect(message).toMatch(/^Tệp không phải là bản thảo kế hoạch/);
    expect(message).toContain('"app"');
    expect(message).toContain('"formatVersion"');
    expectOneVietnameseSentence(message);
    expect(errorOf('[1, 2, 3]')).toBe(message);
    expect(errorOf(editedExample((d) => delete d.formatVersion))).toBe(message);
    expect(errorOf(editedExample((d) => (d.app = 'other-app')))).toBe(message);
  });

  it('asks for an update when the draft was saved by a newer version of the app', () => {
    const message = errorOf(editedExample((d) => (d.formatVersion = 7)));
    expect(message).toMatch(/^Bản thảo được lưu bằng phiên bản mới hơn/);
    expect(message).toContain('định dạng 7');
    expect(message).toContain('hãy cập nhật ứng dụng');
    expectOneVietnameseSentence(message);
  });

  it('names formatVersion when it is not a version number', () => {
    const message = errorOf(editedExample((d) => (d.formatVersion = 'một')));
    expect(message).toMatch(/^Trường "formatVersion"/);
    expect(message).toContain('"một"');
  });
});

describe('parseDraft names the invalid field', () => {
  it('quotes the rule and the wrong value of a base date typed the Vietnamese way', () => {
    const message = errorOf(editedExample((d) => (d.plan.documents[0].date = '24/4/2024')));
    expect(message).toMatch(/^Trường "plan\.documents\[0\]\.date" không hợp lệ: ngày phải có dạng năm-tháng-ngày/);
    expect(message).toContain('(đang là "24/4/2024")');
    expectOneVietnameseSentence(message);
  });

  it('says a date that does not exist does not exist', () => {
    const message = errorOf(editedExample((d) => (d.plan.documents[0].date = '2024-02-30')));
    expect(message).toContain('"plan.documents[0].date"');
    expect(message).toContain('không có thật trong lịch');
  });

  it('says a required field is missing, in Vietnamese', () => {
    const message = errorOf(editedExample((d) => delete d.plan.organisation.placeName));
    expect(message).toMatch(/^Trường "plan\.organisation\.placeName" bị thiếu, hãy /);
    expectOneVietnameseSentence(message);
  });

  it('says which type a field must have', () => {
    const message = errorOf(editedExample((d) => (d.plan.options.mirrorMargins = 'có')));
    expect(message).toMatch(/^Trường "plan\.options\.mirrorMargins" phải là giá trị đúng\/sai/);
    expect(message).toContain('(đang là "có")');
  });

  it('lists the allowed values of an enumerated field', () => {
    const message = errorOf(editedExample((d) => (d.plan.profile = 'dang-hd99')));
    expect(message).toMatch(/^Trường "plan\.profile" phải là một trong các giá trị "dang-hd05", "dang-hd36", "nha-nuoc-nd30"/);
  });

  it('names deep paths in the section tree and in recipient groups', () => {
    const sectionMessage = errorOf(editedExample((d) => (d.plan.sections[2].children[1].body[0].marker = '*')));
    expect(sectionMessage).toContain('"plan.sections[2].children[1].body[0]');
    const recipientMessage = errorOf(editedExample((d) => (d.plan.recipients[0].items[3] = '')));
    expect(recipientMessage).toMatch(/^Trường "plan\.recipients\[0\]\.items\[3\]" không hợp lệ: dòng nơi nhận trống/);
  });

  it('counts the other wrong fields without listing them', () => {
    const message = errorOf(
      editedExample((d) => {
        d.plan.documents[0].date = 'hôm qua';
        d.plan.number = 'năm';
      }),
    );
    expect(message).toContain('(và 1 trường khác cũng có lỗi)');
    expect(message.split('Trường').length).toBe(2);
  });
});
