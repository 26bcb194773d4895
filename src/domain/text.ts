/*
 * Small helpers for showing what a person typed or a file held inside a message.
 */

/** "A, B and C" (or "A, B y C": `and` in the sentence's language). */
export function listOf(names: readonly string[], and: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** At most `length` characters, with an ellipsis when cut. */
export function shorten(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
