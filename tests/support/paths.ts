/** Where things are, computed from this file so tests, the global setup and scripts agree. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const contentDir = path.join(projectRoot, 'content');
export const distDir = path.join(projectRoot, 'dist');
