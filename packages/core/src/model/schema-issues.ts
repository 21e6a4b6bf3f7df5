/** Runs a zod schema over parsed input and turns its complaints into located Casus issues. */
import type { z } from 'zod';
import { fail, type Issue, ok, type Result } from './issues.ts';
import { describeValue, placeIssue, type SourceText } from './yaml-source.ts';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function toIssue(zi: z.core.$ZodIssue, root: unknown, file: string, source?: SourceText): Issue[] {
  const received = valueAt(root, zi.path);
  if (zi.code === 'unrecognized_keys') {
    return zi.keys.map((key) =>
      placeIssue(
        {
          code: 'unknown_field',
          severity: 'error',
          message: `field "${key}" is not part of this schema`,
          expected: 'only the documented fields (see docs/library-format.md)',
          received: `"${key}"`,
        },
        [...zi.path, key],
        file,
        source,
      ),
    );
  }
  const missing = received === undefined && zi.code === 'invalid_type';
  const field = zi.path.at(-1);
  const expected = zi.code === 'invalid_type' ? zi.expected : undefined;
  let message = zi.message;
  if (missing) message = `"${String(field)}" is required`;
  else if (zi.code === 'invalid_type') message = `expected ${zi.expected}, found ${describeValue(received)}`;
  else if (zi.code === 'invalid_value') message = `${describeValue(received)} is not allowed here`;
  else if (zi.code === 'invalid_union') message = `${describeValue(received)} matches none of the allowed shapes`;
  return [
    placeIssue(
      {
        code: missing ? 'missing_field' : zi.code === 'invalid_type' ? 'invalid_type' : 'invalid_value',
        severity: 'error',
        message,
        expected:
          zi.code === 'invalid_value'
            ? `one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`
            : zi.code === 'invalid_format' || zi.code === 'custom' || zi.code === 'too_small'
              ? zi.message
              : expected,
        received: missing ? undefined : describeValue(received),
      },
      zi.path,
      file,
      source,
    ),
  ];
}

/**
 * Validates `input` against `schema`; all problems at once, each with file, line and column.
 * @example validate(Place, {id: 'x'}, 'p.yaml') // {ok: false, issues: [...]}
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
  source?: SourceText,
): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(parsed.error.issues.flatMap((zi) => toIssue(zi, input, file, source)));
}
