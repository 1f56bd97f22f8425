import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, runCli } from '../support/cli.js';
import { build2020 } from './document.js';

/**
 * Respondent counts in the figure captions of the 2020 edition come from the data (the `respondents`
 * of an observation, cited as {{fact "cap-…" "respondents"}}): changed in a copy of datasets/, the
 * caption says the new count. One count for two years ("År 2019 och 2020 svarade 18 regioner") holds
 * while both years' respondents are that count, a claim flags it when they part; a count of positive
 * answers the data does not hold ("144 (av 202 svarande)") is flagged when the respondents it goes with
 * change. A caption citing an unknown fact is an error of `validate`.
 */

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

describe('respondent counts in captions', () => {
  it('follow the data', async () => {
    const dir = copyProject();
    copies.push(dir);
    edit(dir, 'datasets/2020/13-4.yaml', 'respondents: 19', 'respondents: 17');
    edit(dir, 'datasets/2019/7-1.yaml', 'respondents: 202', 'respondents: 205');
    edit(dir, 'datasets/2019/NY-15.yaml', 'respondents: 18', 'respondents: 16');
    edit(dir, 'datasets/2018/NY-15.yaml', 'respondents: 18', 'respondents: 16');
    edit(dir, 'datasets/2017/9-2.yaml', 'respondents: 20', 'respondents: 19');
    edit(dir, 'datasets/2020/9-2.yaml', 'respondents: 19', 'respondents: 21');
    // a caption's footnote is filled in like the caption
    const note = 'Jerlvall, Pehrsson. eHälsa och IT i regionerna. maj 2020.';
    edit(dir, 'templates/editions/2020/figures/33b-inriktningsmal-1-forts.yaml', note, `${note} Antal svarande {{fact "cap-digital-agenda-2020" "respondents"}}.`);
    const document = await build2020(dir);
    const caption = (n: number) => document.figures.find((f) => f.number === n)!.caption;
    expect(caption(41).notes).toContain('År 2020 svarade 17 regioner på frågan.');
    expect(caption(41).facts).toEqual(['cap-digital-agenda-2020']);
    expect(caption(33).text).toContain('År 2019 svarade 144 (av 205 svarande) kommuner');
    expect(caption(33).text).toContain('informationssäkerhetsarbetet.[Påståendet stämmer inte med data: År 2019 hade 144 kommuner');
    expect(caption(38).notes).toContain('År 2019 och 2020 svarade 16 regioner på frågan.');
    expect(caption(37).notes).toContain('År 2019 svarade 18 regioner och år 2020 svarade 21 regioner.');
    expect(caption(37).notes).toContain('År 2017 och 2018 svarade 19 regioner på frågan.[Påståendet stämmer inte med data: Lika många regioner svarade år 2017 och år 2018 (Figur 37)]');
    // the other captions keep the published counts
    expect(caption(17).notes).toContain('År 2020 svarade 19 regioner på frågan.');
    const footnote = document.footnotes.find((f) => f.number === caption(17).footnotes[0]);
    expect(footnote?.inlines).toEqual([{ kind: 'text', text: `${note} Antal svarande 17.` }]);
  }, 120_000);

  it('are reported by validate when a caption cites an unknown fact', () => {
    const dir = copyProject();
    copies.push(dir);
    edit(dir, 'templates/editions/2020/figures/36-inriktningsmal-4.yaml', '"cap-digital-agenda-2020"', '"cap-digital-agende-2020"');
    const r = runCli(['validate', '--year', '2020', '--root', dir]);
    expect(r.status).toBe(3);
    expect(r.stdout + r.stderr).toMatch(/templates\/editions\/2020\/figures\/36-inriktningsmal-4\.yaml:\d+:\d+ - error template\/unknown-fact: unknown fact "cap-digital-agende-2020"/);
    expect(r.stdout + r.stderr).toContain('did you mean "cap-digital-agenda-2020"');
  });
});
