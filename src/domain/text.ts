/*
 * Small helpers for showing what a person typed or a file held inside a message.
 */

/** At most `length` characters, with an ellipsis when cut. */
export function shorten(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
