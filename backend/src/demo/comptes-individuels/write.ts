import fs from 'node:fs';
import { headerLine, lineOf, type CommuneYear } from './layout';

/** Writes commune-years as a "comptes individuels" file (UTF-8, `;`, one line per commune and year); returns bytes. */
export function writeComptesFile(file: string, rows: Iterable<CommuneYear>): number {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let buffer = headerLine() + '\n';
  const flush = () => {
    bytes += fs.writeSync(fd, buffer);
    buffer = '';
  };
  for (const row of rows) {
    buffer += lineOf(row) + '\n';
    if (buffer.length > 1 << 20) flush();
  }
  flush();
  fs.closeSync(fd);
  return bytes;
}
