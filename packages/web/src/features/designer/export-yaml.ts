/** The designed agreement as a YAML file that `casus validate library/agreements/<id>.yaml` accepts. */
import { stringify } from 'yaml';

/**
 * YAML text with a header comment saying where it came from and how to check it.
 * @example agreementYaml({id: 'my-pact', ...}, '2025-06-01').startsWith('# my-pact') // true
 */
export function agreementYaml(agreement: { id: string; name: string }, date: string): string {
  const header = [
    `# ${agreement.id}: ${agreement.name}`,
    `# Designed in the Casus workbench on ${date}. A proposal: no article text is quoted.`,
    `# Check it with: casus validate library/agreements/${agreement.id}.yaml`,
  ].join('\n');
  return `${header}\n${stringify(agreement, { lineWidth: 100 })}`;
}

/** The path the file is meant to live at in the library. */
export const designPath = (id: string): string => `library/agreements/${id}.yaml`;
