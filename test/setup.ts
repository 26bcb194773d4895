// Unit and component tests run against a real (in-memory) IndexedDB, not mocks.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy screens are compiled on first import under test; on a busy 2-core machine that can take over a second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
