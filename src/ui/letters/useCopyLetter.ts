/*
 * Copying a letter to the clipboard, and what to say about it: copied, or
 * blocked here (then the person selects the text). What was said is cleared
 * when the language changes, or when the caller picks another letter.
 */
import { useState } from 'react';
import { letters as englishLetters } from '../../i18n/en/letters';
import { useOnLanguageChange, useWords } from '../../i18n/language';

export function useCopyLetter(): { said: string; copy: (text: string) => Promise<void>; clear: () => void } {
  const w = useWords('letters', englishLetters);
  const [said, setSaid] = useState('');
  useOnLanguageChange(() => setSaid(''));
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(w.copied);
    } catch {
      setSaid(w.copyBlocked);
    }
  };
  return { said, copy, clear: () => setSaid('') };
}
