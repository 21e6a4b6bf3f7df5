/** Word-wrapping for terminal paragraphs, so quoted treaty text stays readable in 100 columns. */

/**
 * Wraps text to `width` columns, each line prefixed by `indent`; keeps existing line breaks.
 * @example wrap('a b c', 3, '  ') // '  a b\n  c'
 */
export function wrap(text: string, width = 96, indent = ''): string {
  return text
    .split('\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line && indent.length + line.length + 1 + word.length > width) {
          lines.push(indent + line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(indent + line);
      return lines.join('\n');
    })
    .join('\n');
}
