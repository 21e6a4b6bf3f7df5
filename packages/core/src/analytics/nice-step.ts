/** Round axis steps for the charts the HTML report and the workbench lay out. */

/**
 * A round axis step (1, 2 or 5 times a power of ten) at least as large as `raw`.
 * @example niceStep(0.07) // 0.1
 */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}
