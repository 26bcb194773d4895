/*
 * "Opening the form…", apart from the rest of ./forms.ts: it is shown while a
 * form loads, by a part of the first screen, which should not download every
 * form's words to say it.
 */
export const formOpening = 'Opening the form…';
