// npm run schema:draft — write docs/draft.schema.json from the valibot schemas (see scripts/draft-schema.ts).
// Hint: the TypeScript sources import without file extensions, which Node cannot load; Vite's runner can.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/draft-schema.ts');
await mkdir(dirname(module.DRAFT_SCHEMA_PATH), { recursive: true });
await writeFile(module.DRAFT_SCHEMA_PATH, module.draftFileJsonSchemaText());
console.log(`wrote ${module.DRAFT_SCHEMA_PATH}`);
