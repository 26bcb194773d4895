// Unit and component tests run against a real (in-memory) IndexedDB, not mocks.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { steps } from '../src/i18n/en/steps';
import { useLanguage } from '../src/i18n/language';

// The app loads its step words before the first screen (main.tsx); tests start with English's.
useLanguage.setState({ englishSteps: steps });

// Lazy screens are compiled on first import under test; on a busy 2-core machine that can take over a second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  useLanguage.setState({ language: 'en', translation: undefined });
});
