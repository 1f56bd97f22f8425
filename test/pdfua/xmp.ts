/**
 * Just enough XML to read an XMP packet: elements with their namespace URIs and attributes, text,
 * and well-formedness (every element closed in order). Comments, processing instructions and CDATA
 * are understood; DTDs are not (XMP has none).
 */
export interface XmlElement {
  /** Namespace URI and local name. */
  ns: string;
  local: string;
  prefix: string;
  attrs: Array<{ ns: string; local: string; prefix: string; value: string }>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | undefined;
}

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/** The document element, or an error message saying where the XML breaks. */
export function parseXml(source: string): XmlElement | string {
  const top: XmlElement = { ns: '', local: '', prefix: '', attrs: [], children: [], text: '', parent: undefined };
  const scopes: Array<Map<string, string>> = [new Map([['xml', NS.xml]])];
  let node = top;
  let i = 0;
  const lookup = (prefix: string): string | undefined => {
    for (let k = scopes.length - 1; k >= 0; k--) if (scopes[k]!.has(prefix)) return scopes[k]!.get(prefix);
    return prefix === '' ? '' : undefined;
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      node.text += decode(source.slice(i));
      break;
    }
    node.text += decode(source.slice(i, lt));
    if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt);
      if (end < 0) return `processing instruction at ${lt} not closed`;
      i = end + 2;
    } else if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt);
      if (end < 0) return `comment at ${lt} not closed`;
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      if (end < 0) return `CDATA at ${lt} not closed`;
      node.text += source.slice(lt + 9, end);
      i = end + 3;
    } else if (source.startsWith('</', lt)) {
      const end = source.indexOf('>', lt);
      const name = source.slice(lt + 2, end).trim();
      if (end < 0 || node === top || name !== (node.prefix ? `${node.prefix}:${node.local}` : node.local)) {
        return `</${name}> at ${lt} does not close <${node.prefix ? `${node.prefix}:` : ''}${node.local}>`;
      }
      scopes.pop();
      node = node.parent!;
      i = end + 1;
    } else {
      const m = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(lt));
      if (!m) return `malformed tag at ${lt}`;
      const scope = new Map<string, string>();
      const raw: Array<[string, string]> = [];
      for (const a of m[2]!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const value = decode(a[2] ?? a[3] ?? '');
        if (a[1] === 'xmlns') scope.set('', value);
        else if (a[1]!.startsWith('xmlns:')) scope.set(a[1]!.slice(6), value);
        else raw.push([a[1]!, value]);
      }
      scopes.push(scope);
      const [prefix, local] = split(m[1]!);
      const ns = lookup(prefix);
      if (ns === undefined) return `undeclared namespace prefix "${prefix}" at ${lt}`;
      const attrs = [];
      for (const [name, value] of raw) {
        const [p, l] = split(name);
        const uri = p === '' ? '' : lookup(p);
        if (uri === undefined) return `undeclared namespace prefix "${p}" at ${lt}`;
        attrs.push({ ns: uri, local: l, prefix: p, value });
      }
      const element: XmlElement = { ns, local, prefix, attrs, children: [], text: '', parent: node };
      node.children.push(element);
      if (m[3] === '/') scopes.pop();
      else node = element;
      i = lt + m[0].length;
    }
  }
  if (node !== top) return `<${node.prefix ? `${node.prefix}:` : ''}${node.local}> not closed`;
  const root = top.children[0];
  return root ?? 'no element';
}

function split(name: string): [string, string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] ?? '';
  });
}

/** Every element below (and including) a node, in document order. */
export function descendants(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [node];
  for (const child of node.children) out.push(...descendants(child));
  return out;
}

/**
 * An XMP property wherever RDF allows it: as an element in an rdf:Description, or as an attribute of
 * one (the short form). Values are the element's text, or its rdf:li items' text.
 */
export function xmpProperty(root: XmlElement, ns: string, local: string): Array<{ prefix: string; values: string[]; langs: string[] }> {
  const out: Array<{ prefix: string; values: string[]; langs: string[] }> = [];
  for (const el of descendants(root)) {
    if (el.ns !== NS.rdf || el.local !== 'Description') continue;
    for (const a of el.attrs) if (a.ns === ns && a.local === local) out.push({ prefix: a.prefix, values: [a.value], langs: [] });
    for (const child of el.children) {
      if (child.ns !== ns || child.local !== local) continue;
      const items = descendants(child).filter((d) => d.ns === NS.rdf && d.local === 'li');
      out.push({
        prefix: child.prefix,
        values: items.length ? items.map((li) => li.text.trim()) : [child.text.trim()],
        langs: items.flatMap((li) => li.attrs.filter((a) => a.ns === NS.xml && a.local === 'lang').map((a) => a.value)),
      });
    }
  }
  return out;
}
