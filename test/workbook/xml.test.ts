// The reader's XML tokenizer against saxes, a conforming XML parser: the same events on any
// well-formed part, and an error (never a short read) on a part that is cut off or misnested.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { localName, parseXml } from '../../src/workbook/xml';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

function ours(xml: string): Event[] {
  const events: Event[] = [];
  parseXml(xml, {
    open: (name, attributes) => events.push(['open', name, { ...attributes }]),
    close: (name) => events.push(['close', name]),
    text: (text) => events.push(['text', text]),
  });
  return merged(events);
}

function reference(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('opentag', (tag) => {
    depth++;
    events.push(['open', localName(tag.name), { ...(tag.attributes as Record<string, string>) }]);
  });
  parser.on('closetag', (tag) => {
    depth--;
    events.push(['close', localName(tag.name)]);
  });
  parser.on('text', (text) => depth > 0 && events.push(['text', text]));
  parser.on('cdata', (text) => events.push(['text', text]));
  parser.write(xml).close();
  return merged(events);
}

/** Adjacent texts as one (parsers may split a text node at a CDATA section or a comment). */
function merged(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    const last = out[out.length - 1];
    if (event[0] === 'text' && last?.[0] === 'text') last[1] += event[1];
    else if (!(event[0] === 'text' && event[1] === '')) out.push(event);
  }
  return out;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const name = fc.constantFrom('c', 'x:c', 'row', 'v', 'f', 't', 'si', 'r', 'is', 'mergeCell');
const text = fc.string({ unit: fc.constantFrom('a', 'Ộ', ' ', '&', '<', '>', '"', "'", '1', '\n', 'ữ', '€') });

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      name,
      fc.dictionary(fc.constantFrom('r', 's', 't', 'ref', 'x:id'), text, { maxKeys: 3 }),
      depth <= 1
        ? fc.array(text.map(escape), { maxLength: 2 })
        : fc.array(
            fc.oneof(
              text.map(escape),
              element(depth - 1),
              text.filter((t) => !t.includes(']]>')).map((t) => `<![CDATA[${t}]]>`),
              fc.constant('<!-- ghi chú -->'),
            ),
            { maxLength: 4 },
          ),
      fc.boolean(),
    )
    .map(([tag, attributes, children, singleQuotes]) => {
      const q = singleQuotes ? "'" : '"';
      const attrs = Object.entries(attributes)
        .map(([key, value]) => ` ${key}=${q}${escape(value).replace(/'/g, '&apos;')}${q}`)
        .join('');
      return children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join('')}</${tag}>`;
    }),
);

describe('the XML tokenizer', () => {
  it('gives the events a conforming parser gives, on any well-formed part (property)', () => {
    fc.assert(
      fc.property(element(4), (root) => {
        const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}`;
        expect(ours(xml)).toEqual(reference(xml));
      }),
      { numRuns: 300 },
    );
  });

  it('throws on a part cut off anywhere inside its root element (property)', () => {
    fc.assert(
      fc.property(
        element(3).filter((xml) => xml.includes('</')),
        fc.nat(),
        (root, cut) => {
          const at = 1 + (cut % (root.length - 1));
          expect(() => parseXml(root.slice(0, at), {})).toThrow(/malformed XML/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decodes character references and names the place of a mismatched tag', () => {
    const events = ours('<t a="&#x1EA0;&#273;">T&#7893;ng &lt;c&#7897;ng&gt;</t>');
    expect(events).toEqual([
      ['open', 't', { a: 'Ạđ' }],
      ['text', 'Tổng <cộng>'],
      ['close', 't'],
    ]);
    expect(() => parseXml('<row><c></row>', {})).toThrow('malformed XML at character 8: </row> closes <c>');
  });
});
