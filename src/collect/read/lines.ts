/**
 * Calls `onLine` for every line of a stream (without its `\n` or `\r\n`), decoding UTF-8
 * incrementally. The whole file is never held in memory. Line numbers are 1-based.
 */
export async function forEachLine(
  chunks: AsyncIterable<Buffer>,
  onLine: (line: string, lineNumber: number) => void,
): Promise<number> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let lineNumber = 0;
  let first = true;
  const emit = (text: string, final: boolean) => {
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline === -1) break;
      let line = text.slice(start, newline);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      onLine(line, ++lineNumber);
      start = newline + 1;
    }
    carry = text.slice(start);
    if (final && carry !== '') {
      onLine(carry.endsWith('\r') ? carry.slice(0, -1) : carry, ++lineNumber);
      carry = '';
    }
  };
  for await (const chunk of chunks) {
    let text = decoder.decode(chunk, { stream: true });
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = text === '';
    }
    emit(carry + text, false);
  }
  emit(carry + decoder.decode(), true);
  return lineNumber;
}
