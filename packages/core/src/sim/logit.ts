/** The logit and its inverse, the scale on which the reliability model adds its terms. */
export const logit = (p: number): number => Math.log(p / (1 - p));
export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
