// The published JSON Schema of draft files (docs/draft.schema.json), generated from the valibot schemas so the two
// never disagree. `npm run schema:draft` writes it; tests/unit/storage/schema.test.ts fails when it is stale.
import { toJsonSchema } from '@valibot/to-json-schema';
import { unplacedValueSchema } from '../src/forms/draft';
import { draftFileSchema, draftSchemasByForm, FILE_FORMAT, FILE_FORMAT_VERSION } from '../src/storage/file-schema';

/** Where the schema is committed, relative to the repository root. */
export const DRAFT_SCHEMA_PATH = 'docs/draft.schema.json';

/** The JSON Schema document, as committed (two-space indent, final newline). */
export function draftFileJsonSchemaText(): string {
  const drafts = draftSchemasByForm();
  const definitions = {
    ...Object.fromEntries(Object.entries(drafts).map(([id, schema]) => [`draft-${id}`, schema])),
    unplacedValue: unplacedValueSchema,
  };
  const schema = toJsonSchema(draftFileSchema(drafts), { target: 'draft-2020-12', errorMode: 'throw', definitions });
  const { $schema, ...rest } = schema;
  const document = {
    $schema,
    title: '集群申报助手草稿文件',
    description: `《中小企业特色产业集群申报表》草稿的导出文件（format「${FILE_FORMAT}」，formatVersion ${FILE_FORMAT_VERSION}）。格式、版本与迁移规则见 docs/draft-format.md。`,
    ...rest,
  };
  return JSON.stringify(document, null, 2) + '\n';
}
