/** Published fulfilment rates the backtest is read beside (as the project's issue 10 records them from the papers). */

export interface PublishedRate {
  value: number;
  source: string;
  period: string;
}

const BF = 'Berkemeier & Fuhrmann 2018, Research & Politics';
const LLM = 'Leeds, Long & Mitchell 2000, JCR 44(5)';
const LEEDS = 'Leeds 2003, International Organization 57(4)';

/** By summary group key (see summarizeBacktest): the figures each group is compared with. */
export const PUBLISHED: Readonly<Record<string, readonly PublishedRate[]>> = {
  all: [{ value: 0.5, source: BF, period: '1816–2003' }],
  'era:before-1945': [
    { value: 0.66, source: BF, period: '1816–1944' },
    { value: 0.745, source: LLM, period: '1816–1944' },
    { value: 0.75, source: LEEDS, period: '1816–1944 (about)' },
  ],
  'era:1945-on': [{ value: 0.22, source: BF, period: '1945–2003' }],
  'obligation:defense': [{ value: 0.41, source: BF, period: '1816–2003' }],
  'obligation:offense': [{ value: 0.74, source: BF, period: '1816–2003' }],
  'obligation:neutrality': [{ value: 0.78, source: BF, period: '1816–2003' }],
  'obligation:nonaggression': [{ value: 0.37, source: BF, period: '1816–2003' }],
};
