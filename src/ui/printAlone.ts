/*
 * Printing one thing alone on clean pages: a letter, or the whole case file.
 * Its print copy sits straight under <body> (a portal); while printing, the
 * print stylesheet shows only that copy (`body.printing-<what> > .<what>-print`).
 */
export type Printable = 'letter' | 'case-file';

export function printAlone(what: Printable): void {
  const marker = `printing-${what}`;
  document.body.classList.add(marker);
  window.addEventListener('afterprint', () => document.body.classList.remove(marker), { once: true });
  window.print();
}
