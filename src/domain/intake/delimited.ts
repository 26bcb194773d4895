/*
 * Splitting pasted text into rows and cells. A copy from a spreadsheet arrives
 * tab-separated; a CSV file or an export, comma- (or semicolon-) separated, with
 * quotes around cells that contain the separator ("Blood draw, venous").
 * Knows nothing about what the columns mean: that is lineColumns.ts.
 */

/** The separator the first lines use: tab (a spreadsheet copy), else semicolon or comma, whichever is commoner. */
function separatorOf(text: string): string {
  const firstLines = text.split(/\r?\n/, 10).join('\n');
  if (firstLines.includes('\t')) return '\t';
  const count = (char: string) => firstLines.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Rows of trimmed cells; blank lines are kept as empty rows so row numbers match what was pasted. */
export function splitRows(text: string): string[][] {
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      row.push(cell.trim());
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell.trim()]);
  return rows;
}

/** A cell as it must be written for `splitRows` to read it back unchanged. */
export function quoteCell(value: string): string {
  return /[",\t;\r\n]/.test(value) || value !== value.trim() || value.startsWith('"')
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}
