import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/env';
import { apiTypesFile, apiTypesSource } from './api-types';

describe("the front end's API types", () => {
  it('are the ones the contracts generate today (run npm run api:types after changing a contract)', async () => {
    const committed = fs.readFileSync(path.join(repoRoot, apiTypesFile), 'utf8');

    expect(committed === (await apiTypesSource()))
      .withContext(`${apiTypesFile} is out of date: npm run api:types`)
      .toBeTrue();
  });
});
