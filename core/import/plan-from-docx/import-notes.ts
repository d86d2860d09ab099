/** Something of the Word plan the recogniser could not place: said in Vietnamese, with the text. */
export interface ImportNote {
  /** One Vietnamese sentence: what was not recognised and where it went. */
  message: string;
  /** The text concerned, as read (shortened when long). */
  text: string;
}

export const excerpt = (text: string, max = 120): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export const note = (message: string, text = ''): ImportNote => ({ message, text: excerpt(text) });
