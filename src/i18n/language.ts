/*
 * Which language Billpath speaks, and its words. English is built in; the
 * Spanish catalog is downloaded only when Spanish is chosen. The choice is
 * remembered on this device (localStorage, read before the first screen, so a
 * Spanish page never flashes English); with no choice yet, the browser's own
 * preference decides. The page's `lang` follows, so screen readers switch
 * voice. The English step words load with the first screen that shows a step
 * (main.tsx), not in the first download: they are the longest texts.
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { Language } from '../domain/dates';
import type { Area, Words } from './words';

export type { Language };

type LanguageState = {
  language: Language;
  /** The catalog replacing the built-in English words: Spanish (or, in tests, the marked English of ./pseudo.ts). */
  translation?: Words;
  englishSteps?: Words['steps'];
};

export const useLanguage = create<LanguageState>()(() => ({ language: 'en' }));

const CHOICE_KEY = 'billpath:language';

export function rememberedLanguage(): Language {
  try {
    const chosen = localStorage.getItem(CHOICE_KEY);
    if (chosen === 'en' || chosen === 'es') return chosen;
  } catch {
    // Storage blocked: fall back on the browser's preference.
  }
  const preferred = navigator.languages?.find((tag) => /^(en|es)\b/i.test(tag)) ?? 'en';
  return preferred.toLowerCase().startsWith('es') ? 'es' : 'en';
}

let loading: Promise<unknown> = Promise.resolve();

/** Settles once the words being downloaded have arrived (or failed): what a new case's screen waits for. */
export const wordsArrived = (): Promise<unknown> => loading;

/** Downloads what a language needs, then switches to it (the page's `lang` too). */
export function loadLanguage(language: Language): Promise<void> {
  const load = switchTo(language);
  loading = load.catch(() => undefined);
  return load;
}

async function switchTo(language: Language): Promise<void> {
  if (language === 'es') {
    const { spanish } = await import('./es');
    useLanguage.setState({ language, translation: spanish });
  } else {
    const { steps } = await import('./en/steps');
    useLanguage.setState({ language, translation: undefined, englishSteps: steps });
  }
  document.documentElement.lang = language;
}

/** The person chose a language: switch, and remember it on this device. */
export async function chooseLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  try {
    localStorage.setItem(CHOICE_KEY, language);
  } catch {
    // Not remembered, but still switched for this visit.
  }
}

/**
 * A hidden check for the tests: every catalog text marked, so text from anywhere else stands out.
 * Dates follow the Spanish form, so one formatted without the chosen language (in English) stands out too.
 */
export async function loadMarkedWords(): Promise<void> {
  const { markedWords } = await import('./pseudo');
  useLanguage.setState({ language: 'es', translation: markedWords() });
  document.documentElement.lang = 'es';
}

/** An area's words in the chosen language; `english` is the area's built-in English (imported by the screen that shows it). */
export function useWords<A extends Area>(area: A, english: Words[A]): Words[A] {
  const translation = useLanguage((state) => state.translation);
  return translation ? translation[area] : english;
}

/** The same, outside React (announcements, the case list's summaries). */
export function wordsNow<A extends Area>(area: A, english: Words[A]): Words[A] {
  return useLanguage.getState().translation?.[area] ?? english;
}

function stepWordsOf(state: LanguageState): Words['steps'] {
  const words = state.translation?.steps ?? state.englishSteps;
  if (!words) throw new Error('The step words are loaded before the first screen (main.tsx).');
  return words;
}

/** The step words in the chosen language (loaded before the first screen). */
export function useStepWords(): Words['steps'] {
  return useLanguage(stepWordsOf);
}

export function stepWordsNow(): Words['steps'] {
  return stepWordsOf(useLanguage.getState());
}

/** Dates in a sentence, in the chosen language. */
export function useLanguageCode(): Language {
  return useLanguage((state) => state.language);
}

/** Runs `clear` when the language changes: a message worded in the old language is dropped, not left on screen. */
export function useOnLanguageChange(clear: () => void): void {
  const language = useLanguageCode();
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    clear();
  }, [language]);
}
