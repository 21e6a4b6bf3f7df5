/** A design (a pact, a revised SOFA) as a YAML file that `casus validate` accepts, and where it belongs. */
import { stringify } from 'yaml';
import type { DesignKind } from '../../engine/design-check.ts';

/** The path the file is meant to live at in the library. */
export const designPath = (kind: DesignKind, id: string): string => `library/${kind}/${id}.yaml`;

/** How to check a downloaded file: in its library folder, or anywhere with --kind. */
const CHECK: Record<DesignKind, (id: string) => string> = {
  agreements: (id) => `casus validate ${designPath('agreements', id)}`,
  sofas: (id) => `casus validate --kind sofa ${id}.yaml (or put it in library/sofas/)`,
};

/**
 * YAML text with a header comment saying where it came from and how to check it.
 * @example designYaml('agreements', {id: 'my-pact', ...}, '2025-06-01').startsWith('# my-pact') // true
 */
export function designYaml(
  kind: DesignKind,
  item: { id: string; name: string },
  date: string,
): string {
  const header = [
    `# ${item.id}: ${item.name}`,
    `# Designed in the Casus workbench on ${date}. A proposal: no article text is quoted.`,
    `# Check it with: ${CHECK[kind](item.id)}`,
  ].join('\n');
  return `${header}\n${stringify(item, { lineWidth: 100 })}`;
}
