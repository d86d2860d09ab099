import { describe, expect, it } from 'vitest';
import { recipientLines } from '../../../renderer/state/recipients';

describe('the recipients box as stored', () => {
  it('one recipient a line: the "- " and the closing punctuation the print adds are not stored, inner commas are', () => {
    expect(recipientLines('- Tỉnh ủy,\n\nVăn phòng, các ban Huyện ủy;\n  Lưu.  ')).toEqual(['Tỉnh ủy', 'Văn phòng, các ban Huyện ủy', 'Lưu']);
  });

  it('stores NFC', () => {
    expect(recipientLines('Huyện ủy'.normalize('NFD'))).toEqual(['Huyện ủy']);
  });
});
