/** Small helpers over xmldom elements of WordprocessingML (namespace-aware, prefix-agnostic). */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type XmlElement = {
  localName: string | null;
  namespaceURI: string | null;
  childNodes: { length: number; [i: number]: unknown };
  getAttributeNS(ns: string, name: string): string | null;
  getAttribute(name: string): string | null;
};

const isElement = (node: unknown): node is XmlElement => (node as { nodeType?: number } | null)?.nodeType === 1;

/** Child elements in the w: namespace, optionally of one name. */
export function wChildren(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < el.childNodes.length; i += 1) {
    const node = el.childNodes[i];
    if (isElement(node) && node.namespaceURI === W_NS && (name === undefined || node.localName === name)) out.push(node);
  }
  return out;
}

/** Every child element, whatever its namespace (mc:AlternateContent, w14:…). */
export function allChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < el.childNodes.length; i += 1) {
    const node = el.childNodes[i];
    if (isElement(node)) out.push(node);
  }
  return out;
}

export const wChild = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? wChildren(el, name)[0] : undefined);

export function wAttr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  return el.getAttributeNS(W_NS, name) ?? el.getAttribute(`w:${name}`) ?? undefined;
}

/** An on/off property (w:b, w:i): present and not "0"/"false"/"off". Undefined when absent. */
export function onOff(props: XmlElement | undefined, name: string): boolean | undefined {
  const el = wChild(props, name);
  if (!el) return undefined;
  const val = wAttr(el, 'val');
  return !(val === '0' || val === 'false' || val === 'off');
}

export function textContent(el: XmlElement): string {
  return (el as unknown as { textContent: string | null }).textContent ?? '';
}
