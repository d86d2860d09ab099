import type { CSSProperties } from 'react';

/** How a table looks in the editor (live and static views alike). */
export const TABLE_STYLE: CSSProperties = {
  borderCollapse: 'collapse',
  tableLayout: 'fixed',
  width: '100%',
  fontFamily: '"Times New Roman", "Liberation Serif", serif',
  fontSize: '13pt',
  lineHeight: 1.25,
  textIndent: 0,
};

export const TABLE_CELL_STYLE: CSSProperties = { border: '1px solid #000', padding: '1px 4px', verticalAlign: 'top' };
