import { describe, expect, it } from 'vitest';
import { recipientLines, suggestedImplementers, unitsFromImplementation } from '../../../renderer/state/recipients';
import { anLaoPlan } from './an-lao-plan';

describe('the recipients box as stored', () => {
  it('one recipient a line: the "- " and the closing punctuation the print adds are not stored, inner commas are', () => {
    expect(recipientLines('- Tỉnh ủy,\n\nVăn phòng, các ban Huyện ủy;\n  Lưu.  ')).toEqual(['Tỉnh ủy', 'Văn phòng, các ban Huyện ủy', 'Lưu']);
  });

  it('stores NFC', () => {
    expect(recipientLines('Huyện ủy'.normalize('NFD'))).toEqual(['Huyện ủy']);
  });
});

describe('units offered for "để t/h"', () => {
  it('are the units of "Tổ chức thực hiện", never its "Chế độ thông tin, báo cáo" or other non-unit headings', () => {
    const plan = anLaoPlan();
    const implementation = plan.sections[2]!;
    implementation.children = [
      { id: 'u1', title: 'Đảng ủy các xã, thị trấn', body: [], children: [] },
      { id: 'r1', key: 'che-do-bao-cao', title: 'Chế độ thông tin, báo cáo', body: [], children: [] },
      { id: 'r2', title: 'Chế độ báo cáo', body: [], children: [] },
      { id: 'k1', title: 'Kinh phí thực hiện', body: [], children: [] },
      { id: 'u2', title: 'Đối với Văn phòng Huyện ủy:', body: [], children: [] },
    ];
    expect(unitsFromImplementation(plan)).toEqual(['Đảng ủy các xã, thị trấn', 'Văn phòng Huyện ủy']);
    expect(suggestedImplementers(plan)).not.toContain('Chế độ thông tin, báo cáo');
  });
});
