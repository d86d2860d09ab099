/**
 * Vietnamese case. Headers are capitalised in the text itself (not by a style) so the DOCX
 * stays right in any Word; `toLocaleUpperCase('vi')` maps đ → Đ and keeps the tone marks.
 */
export const upperVi = (value: string): string => value.normalize('NFC').toLocaleUpperCase('vi');

export function lowerFirst(value: string): string {
  const [first, ...rest] = Array.from(value.normalize('NFC'));
  return first === undefined ? '' : first.toLocaleLowerCase('vi') + rest.join('');
}

export function upperFirst(value: string): string {
  const [first, ...rest] = Array.from(value.normalize('NFC'));
  return first === undefined ? '' : first.toLocaleUpperCase('vi') + rest.join('');
}
