/** A design's YAML file, folded under its path in the library: what Download or Export gives. */

/**
 * @example <YamlPreview path="library/sofas/x.yaml" yaml={yaml} testId="sofa-design-yaml" />
 */
export function YamlPreview({
  path,
  yaml,
  testId,
}: {
  path: string;
  yaml: string;
  testId: string;
}) {
  return (
    <details>
      <summary>YAML ({path})</summary>
      <pre className="yaml" data-testid={testId}>
        {yaml}
      </pre>
    </details>
  );
}
