// Where the built web app is: packages/web/dist, found from this file (src/ or dist/), not the working folder.
import { fileURLToPath } from 'node:url';

export const defaultWebRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));
