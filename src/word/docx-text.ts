// The text of a .docx report, line by line, from the HTML mammoth makes of it: raw-text
// extraction drops soft line breaks (Shift+Enter) and Word's list bullets, so lines run together
// and a "- " the clerk typed (which Word turned into a list) is gone.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Footnote and endnote references ("[1]") and the notes themselves are not report text. */
function withoutNotes(html: string): string {
  return html
    .replace(/<sup><a href="#(?:footnote|endnote)-[^"]*"[^>]*>[^<]*<\/a><\/sup>/g, '')
    .replace(/<li id="(?:footnote|endnote)-[^"]*">[\s\S]*?<\/li>/g, '');
}

const LINE_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol']);

/**
 * One line per paragraph, list item and soft line break. A bulleted list item starts with "- "
 * at the first level and "+ " below it, as clerks type them; a numbered item gets no marker, as
 * its number is not in the HTML.
 */
export function reportTextFromHtml(html: string): string {
  const lines: string[] = [];
  const lists: ('ul' | 'ol')[] = [];
  let marker = '';
  let text = '';
  const endLine = () => {
    const content = text.replace(/\s+/g, ' ').trim();
    if (content !== '') lines.push(marker + content);
    marker = '';
    text = '';
  };
  for (const match of withoutNotes(html).matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>|([^<]+)/gi)) {
    if (match[3] !== undefined) {
      text += decodeEntities(match[3]);
      continue;
    }
    const closing = match[1] === '/';
    const tag = match[2].toLowerCase();
    if (tag === 'br') {
      endLine();
      continue;
    }
    if (!LINE_BLOCKS.has(tag)) continue;
    // A paragraph opening inside a list item keeps the item's marker.
    if (text.trim() !== '' || closing) endLine();
    if (tag === 'ul' || tag === 'ol') {
      if (closing) lists.pop();
      else lists.push(tag);
    } else if (tag === 'li' && !closing) {
      const depth = lists.length;
      const list = lists[depth - 1];
      marker = depth >= 2 ? '+ ' : list === 'ul' ? '- ' : '';
    }
  }
  endLine();
  return lines.join('\n');
}
