import fs from 'node:fs';
import path from 'node:path';
import { openApiDocument } from './document';

/**
 * `npm run openapi` (and lint:openapi, api:types): writes the generated document to the file named on the command line
 * (default openapi.json in the working directory), for redocly and openapi-typescript.
 */
const target = path.resolve(process.argv[2] ?? 'openapi.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`OpenAPI document written to ${path.relative(process.cwd(), target)}`);
