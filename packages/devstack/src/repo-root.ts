import { resolve } from 'node:path';

/** The repository's root folder; service entry points and `.data/` are relative to it. */
export const repoRoot = resolve(__dirname, '..', '..', '..');
