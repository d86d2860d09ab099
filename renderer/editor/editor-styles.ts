import type { CSSProperties } from 'react';
import type { TextLeaf } from '../../core/model/inline';

/**
 * How body text looks in the editor. Shared by the live Slate editor and the static view of
 * sections far from the screen (StaticBlocks), so swapping one for the other moves nothing.
 */
export const BODY_TEXT_STYLE: CSSProperties = {
  outline: 'none',
  minHeight: '1.5em',
  fontFamily: '"Times New Roman", "Liberation Serif", serif',
  fontSize: '14pt',
  lineHeight: 1.35,
  textAlign: 'justify',
};

export const PARAGRAPH_STYLE: CSSProperties = { margin: '0 0 4px', textIndent: '10mm' };

/** A paragraph the clerk aligned: centred and right-aligned lines have no first-line indent (as printed). */
export function alignedStyle(align: 'left' | 'center' | 'right' | 'justify'): CSSProperties {
  return { ...PARAGRAPH_STYLE, textAlign: align, ...(align === 'center' || align === 'right' ? { textIndent: 0 } : {}) };
}

/** A live reference chip: the marks of the text it stands in, on a light blue ground. */
export function chipStyle(leaf: TextLeaf, selected: boolean): CSSProperties {
  return {
    background: selected ? '#bcd7ff' : '#e5efff',
    borderRadius: 3,
    padding: '0 2px',
    cursor: 'pointer',
    fontWeight: leaf.bold ? 'bold' : undefined,
    fontStyle: leaf.italic ? 'italic' : undefined,
    textDecoration: leaf.underline ? 'underline' : undefined,
  };
}
