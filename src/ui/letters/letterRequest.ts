/*
 * "Write this letter now" from elsewhere on the case screen (after logging a
 * call): the letters section opens the requested letter and takes focus.
 */
import { create } from 'zustand';
import type { LetterKind } from '../../domain/letters';

type LetterRequest = { requested?: LetterKind; request: (kind: LetterKind) => void; done: () => void };

export const useLetterRequest = create<LetterRequest>((set) => ({
  request: (kind) => set({ requested: kind }),
  done: () => set({ requested: undefined }),
}));
