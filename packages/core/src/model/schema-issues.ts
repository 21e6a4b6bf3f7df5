/** Runs a zod schema over parsed input and turns its complaints into located Casus issues. */
import type { z } from 'zod';
import { cut, ECHO_LIMIT, fail, type Issue, ok, type Result } from './issues.ts';
import { didYouMean, suggest } from './suggest.ts';
import { describeValue, kindOf, placeIssue, type SourceText } from './yaml-source.ts';

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
          // The key is the last step of the pointer, so it is not repeated as `received`.
          message: 'this field is not part of this schema',
          expected: 'only the documented fields (see docs/library-format.md)',
        },
        [...zi.path, key],
        file,
        source,
      ),
    );
  }
  // The bad value is shown once, in `received` (cut by describeValue), never also in the message.
  const missing = received === undefined;
  const field = String(zi.path.at(-1) ?? 'value');
  let message: string;
  let expected: string | undefined;
  let hint: string | undefined;
  if (missing) {
    message = `"${cut(field)}" is required`;
    expected = `a value for "${cut(field)}" (see docs/library-format.md)`;
  } else if (zi.code === 'invalid_type') {
    message = `expected ${zi.expected}, found ${kindOf(received)}`;
    expected = zi.expected;
  } else if (zi.code === 'invalid_value') {
    message = 'this value is not one of the allowed values';
    expected = `one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`;
    // A value far longer than any allowed one is no misspelling, and measuring it would cost.
    if (String(received).length <= ECHO_LIMIT)
      hint = didYouMean(suggest(String(received), zi.values.map(String)));
  } else if (zi.code === 'too_small' && Number(zi.minimum) === 1 && zi.origin !== 'number') {
    // An empty text or list where one is required reads as a gap to fill, not as a size.
    message = `"${cut(field)}" is empty`;
    expected =
      zi.origin === 'array'
        ? `at least one entry in "${cut(field)}"`
        : `some text for "${cut(field)}"`;
  } else if (zi.code === 'invalid_union') {
    message = 'this value matches none of the allowed shapes';
    expected = 'see docs/library-format.md for this field';
  } else {
    message = 'this value is not valid here';
    expected = zi.message;
  }
  return [
    placeIssue(
      {
        code: missing
          ? 'missing_field'
          : zi.code === 'invalid_type'
            ? 'invalid_type'
            : 'invalid_value',
        severity: 'error',
        message,
        expected,
        received: missing ? undefined : describeValue(received),
        hint,
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
