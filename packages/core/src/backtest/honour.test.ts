import { describe, expect, it } from 'vitest';
import type { IsoDate, StateId } from '../model/ids.ts';
import type { ObligationType, Opportunity } from './alliance-membership.ts';
import { judgeHonour } from './honour.ts';
import type { WarEntry } from './war-record.ts';

const row = (
  state: string,
  side: number,
  from: string,
  to: string,
  initiator = false,
): WarEntry => ({
  war: 1,
  warName: 'w',
  ccode: 0,
  state: state as StateId,
  side,
  spells: [{ start: from as IsoDate, end: to as IsoDate }],
  initiator,
  whereFought: 2,
});
const pledge = (obligor: string, entry: WarEntry, obligation: ObligationType): Opportunity => ({
  entry,
  atopid: 1,
  obligor: obligor as StateId,
  obligorCcode: 0,
  obligation,
  bilateral: true,
});

describe('judgeHonour', () => {
  const attacker = row('DEU', 1, '1900-01-01', '1900-12-31', true);
  const partner = row('FRA', 2, '1900-01-01', '1900-12-31');

  it('defence: honoured by fighting on the partner’s side within the lag, not after', () => {
    const prompt = [attacker, partner, row('GBR', 2, '1900-04-11', '1900-12-31')];
    expect(judgeHonour(pledge('GBR', partner, 'defense'), prompt)).toMatchObject({
      honoured: true,
    });
    const late = [attacker, partner, row('GBR', 2, '1900-07-01', '1900-12-31')];
    expect(judgeHonour(pledge('GBR', partner, 'defense'), late).honoured).toBe(false);
    expect(judgeHonour(pledge('GBR', partner, 'defense'), late, 200).honoured).toBe(true);
    const gone = [
      attacker,
      row('FRA', 2, '1900-01-01', '1900-02-01'),
      row('GBR', 2, '1900-03-01', '1900-12-31'),
    ];
    expect(judgeHonour(pledge('GBR', gone[1]!, 'defense'), gone).note).toContain(
      'after France had left the war',
    );
  });

  it('defence: not honoured by staying out, or by fighting against the partner', () => {
    expect(judgeHonour(pledge('RUS', partner, 'defense'), [attacker, partner]).note).toBe(
      'Russia did not fight in the war',
    );
    const turned = [attacker, partner, row('ITA', 1, '1900-03-01', '1900-12-31')];
    expect(judgeHonour(pledge('ITA', partner, 'offense'), turned)).toMatchObject({
      honoured: false,
    });
  });

  it('neutrality: kept by staying out, broken by fighting against the partner while it fought', () => {
    expect(judgeHonour(pledge('AUH', partner, 'neutrality'), [attacker, partner]).honoured).toBe(
      true,
    );
    const joined = [attacker, partner, row('AUH', 1, '1900-06-01', '1900-12-31')];
    expect(judgeHonour(pledge('AUH', partner, 'neutrality'), joined).honoured).toBe(false);
    const afterwards = [
      attacker,
      row('FRA', 2, '1900-01-01', '1900-03-01'),
      row('AUH', 1, '1900-06-01', '1900-12-31'),
    ];
    expect(judgeHonour(pledge('AUH', afterwards[1]!, 'neutrality'), afterwards).honoured).toBe(
      true,
    );
  });

  it('non-aggression: broken by the obligor’s attack, not by the partner’s on it', () => {
    expect(judgeHonour(pledge('DEU', partner, 'nonaggression'), [attacker, partner]).honoured).toBe(
      false,
    );
    const late = row('ITA', 2, '1900-02-01', '1900-12-31');
    const rows = [attacker, partner, late];
    expect(judgeHonour(pledge('DEU', late, 'nonaggression'), rows)).toMatchObject({
      honoured: true,
      note: 'Italy went to war against Germany, not the reverse',
    });
  });

  it('consultation: not a test of performance', () => {
    expect(
      judgeHonour(pledge('GBR', partner, 'consultation'), [attacker, partner]).honoured,
    ).toBeNull();
  });
});
