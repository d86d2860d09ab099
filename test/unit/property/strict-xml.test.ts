import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../core/docx/export-docx';
import { anLaoPlan } from '../../helpers/fixtures';
import { parseDocxParts, parseStrictXml, wordText } from './strict-xml';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (xml: string) => parseStrictXml('part.xml', bytes(xml));

describe('parseStrictXml (what Word refuses, this refuses)', () => {
  it('refuses characters XML 1.0 forbids, written raw or as references', () => {
    expect(() => parse('<a>x\uFFFEy</a>')).toThrow(/U\+FFFE/);
    expect(() => parse('<a>\uFFFF</a>')).toThrow(/U\+FFFF/);
    expect(() => parse('<a>\u0001</a>')).toThrow(/U\+1 /);
    expect(() => parse('<a>&#1;</a>')).toThrow(/&#1;/);
    expect(() => parse('<a>&#xFFFE;</a>')).toThrow(/&#xFFFE;/);
  });

  it('refuses a bare ampersand, broken nesting and bytes that are not UTF-8', () => {
    expect(() => parse('<a>Ban & Đảng</a>')).toThrow(/bare "&"/);
    expect(() => parse('<a><b></a>')).toThrow(/part\.xml/);
    expect(() => parseStrictXml('part.xml', new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]))).toThrow(/UTF-8/);
  });

  it('accepts tab, newline, emoji, U+FFFD and the predefined entities', () => {
    expect(parse('<a b="&quot;">\t\n🎯\uFFFD &amp; &lt; &#233;</a>').documentElement?.nodeName).toBe('a');
  });

  it('accepts every part of a real export and reads its text', async () => {
    const docx = await exportDocx(anLaoPlan());
    const parts = await parseDocxParts(docx);
    const zip = await JSZip.loadAsync(docx);
    expect([...parts.keys()].sort()).toEqual(Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)).sort());
    expect(wordText(parts.get('word/document.xml')!)).toContain('HUYỆN ỦY AN LÃO');
  });
});
