// Unit and component tests run against a real (in-memory) IndexedDB, not mocks.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
