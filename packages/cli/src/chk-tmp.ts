import { SIMILARITY_MEASURES, similarityOf } from '@casus/core';
import { loadCincWeights, loadPortfolios, openStore } from '@casus/data';

const store = await openStore('/tmp/simwork/store.duckdb', { readOnly: true });
const all = await loadPortfolios(store.connection, 1816, 2016);
const w = await loadCincWeights(store.connection, all, '6.0');
for (const measure of SIMILARITY_MEASURES) {
  const t = performance.now();
  let n = 0,
    sum = 0;
  for (const [y, p] of all) {
    const N = p.members.length;
    const opts = { measure, distance: 'absolute', reference: 'global', weights: w.get(y) } as const;
    for (let i = 0; i < N; i++)
      for (let j = i + 1; j < N; j++) {
        const s = similarityOf(p, i, j, opts);
        n++;
        sum += s.value ?? 0;
      }
  }
  console.log(measure, n, (sum / n).toFixed(6), ((performance.now() - t) / 1000).toFixed(2));
}
store.close();
