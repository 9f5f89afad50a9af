import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/env';
import { apiTypesFile, apiTypesSource } from './api-types';

/** `npm run api:types`: writes the front end's API types (frontend/src/app/api/openapi.ts) from the contracts. */
const target = path.join(repoRoot, apiTypesFile);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, await apiTypesSource());
console.log(`API types written to ${apiTypesFile}`);
