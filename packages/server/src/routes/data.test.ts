import { describe, expect, it } from 'vitest';
import { testApp } from '../testing.ts';

describe('GET /api/data/status', () => {
  it('reports every dataset missing, with the command to run, when there is no database', async () => {
    const app = await testApp();
    const r = await app.inject('/api/data/status');
    expect(r.statusCode).toBe(200);
    const status = r.json();
    expect(status).toMatchObject({
      exists: false,
      loaded: [],
      hint: expect.stringContaining('casus data import'),
    });
    expect(status.missing).toContain('atop');
    await app.close();
  });
});
