/*
 * The one way components record a fact: send the domain event through the app
 * store, then move focus to the new next step and say what happened.
 * Returns a message when the event made no sense in the current step.
 */
import { useCallback } from 'react';
import { recommend } from '../../machines/workflow';
import { today } from '../app/clock';
import { sendEvent, useAppStore } from '../app/store';
import type { BillEvent } from '../domain/events';
import { stepWordsNow } from '../i18n/language';
import { announce, focusById } from './announcer';

export const NEXT_STEP_HEADING_ID = 'next-step-title';

/**
 * Records one event, or several in order (stopping at the first that can't be
 * recorded). With `inPlace`, focus stays where the person is working (editing
 * the bill's lines) and `inPlace` is what is announced.
 */
export function useRecordEvent(): (event: BillEvent | BillEvent[], inPlace?: string) => string | undefined {
  return useCallback((event: BillEvent | BillEvent[], inPlace?: string) => {
    const events = Array.isArray(event) ? event : [event];
    const words = stepWordsNow();
    if (!events.every((each) => sendEvent(each))) return words.cannotRecord;
    const open = useAppStore.getState().open;
    const next = open ? ` ${words.nextStep(recommend(open.session.actor.getSnapshot(), today(), words).title)}` : '';
    announce(inPlace ? `${inPlace}${next}` : `${words.recorded}${next}`);
    if (!inPlace) focusById(NEXT_STEP_HEADING_ID);
    return undefined;
  }, []);
}
