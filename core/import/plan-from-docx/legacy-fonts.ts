import { type LegacyEncoding, convertLegacy } from '../../text/legacy-encodings';
import { upperVi } from '../../text/vi-case';

/**
 * Old Word plans were typed in 8-bit Vietnamese fonts: the bytes are Latin-1 letters and only the
 * font makes them Vietnamese. The font name says which encoding: ".VnTime", ".VnArial" (TCVN3,
 * the "H" variants draw capitals from the lowercase codes), "VNI-Times", "VNI-Helve" (VNI).
 */
export function legacyEncodingOfFont(font: string | undefined): LegacyEncoding | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return 'tcvn3';
  if (/^vni[-\s]/i.test(name)) return 'vni';
  return null;
}

/** TCVN3 capitals fonts (".VnTimeH", ".VnArialH") draw every letter as a capital. */
const isTcvn3CapsFont = (font: string): boolean => /^\.vn[a-z]*h$/i.test(font.trim());

/** The run's text in Unicode NFC: converted when its font is a legacy one, as it is otherwise. */
export function decodeRunText(text: string, font: string | undefined): string {
  const enc = legacyEncodingOfFont(font);
  if (enc === null) return text.normalize('NFC');
  const converted = convertLegacy(text, enc);
  return enc === 'tcvn3' && font && isTcvn3CapsFont(font) ? upperVi(converted) : converted;
}
