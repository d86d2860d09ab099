/**
 * Duplex printing: back pages swap left and right margins. Word stores this as
 * <w:mirrorMargins/> in word/settings.xml, which the docx library cannot write, so the settings part is
 * patched before zipping (pack-docx.ts). The element must come early in w:settings (schema order: after
 * w:removePersonalInformation/w:removeDateAndTime/w:doNotDisplayPageBoundaries/w:displayBackgroundShape/
 * w:printPostScriptOverText/w:printFractionalCharacterWidth/w:printFormsData/w:embedTrueTypeFonts/
 * w:embedSystemFonts/w:saveSubsetFonts/w:saveFormsData, before w:alignBordersAndEdges …),
 * so it is inserted after those if present, otherwise first.
 */
const BEFORE_MIRROR = [
  'w:writeProtection', 'w:view', 'w:zoom', 'w:removePersonalInformation', 'w:removeDateAndTime',
  'w:doNotDisplayPageBoundaries', 'w:displayBackgroundShape', 'w:printPostScriptOverText',
  'w:printFractionalCharacterWidth', 'w:printFormsData', 'w:embedTrueTypeFonts', 'w:embedSystemFonts',
  'w:saveSubsetFonts', 'w:saveFormsData',
];

export function insertMirrorMargins(settingsXml: string): string {
  if (settingsXml.includes('<w:mirrorMargins')) return settingsXml;
  const open = /<w:settings\b[^>]*>/.exec(settingsXml);
  if (!open) throw new Error('Tệp DOCX vừa tạo bị hỏng (thiếu phần cài đặt trang): hãy xuất lại; nếu vẫn lỗi, báo cho người phát triển.');
  let insertAt = open.index + open[0].length;
  for (const name of BEFORE_MIRROR) {
    const re = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g');
    for (let m = re.exec(settingsXml); m; m = re.exec(settingsXml)) insertAt = Math.max(insertAt, m.index + m[0].length);
  }
  return `${settingsXml.slice(0, insertAt)}<w:mirrorMargins/>${settingsXml.slice(insertAt)}`;
}
