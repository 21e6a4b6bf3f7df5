/** Offers text to the browser as a file download. */

/**
 * Saves `text` as a file named `name`, by a link clicked in place.
 * @example download('my-pact.yaml', yaml)
 */
export function download(name: string, text: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
