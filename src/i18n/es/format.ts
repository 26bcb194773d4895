/*
 * What the Spanish catalogs share: a date as it reads in a Spanish sentence
 * ("30 de diciembre de 2026"), and a claim's status in words.
 */
import { formatLongDate } from '../../domain/dates';

export const date = (iso: string) => formatLongDate(iso, 'es');

export const claimStatus = { processed: 'procesado', pending: 'pendiente', denied: 'negado' } as const;
