import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';

/** Small helpers over WordprocessingML parsed by xmldom: children by local name, w: attributes. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function childElements(parent: XmlNode | null | undefined): XmlElement[] {
  const out: XmlElement[] = [];
  if (!parent) return out;
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

export const child = (parent: XmlNode | null | undefined, name: string): XmlElement | undefined =>
  childElements(parent).find((e) => e.localName === name);

export function wAttr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const value = el.getAttributeNS(W_NS, name) || el.getAttribute(`w:${name}`);
  return value === null || value === '' ? undefined : value;
}

/** An on/off property (w:b, w:caps): present means on unless its value says off. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = wAttr(el, 'val');
  return !(v === '0' || v === 'false' || v === 'off');
}
