/**
 * The units and labels of the values a buyer sets in the shipped library:
 * every unit is a code the app names in sv, nb and en (a free text would be
 * shown as written, untranslated), and every parameter label reads in all
 * three languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnitCode } from '../../../shared/format/units';
import { TemplatePack } from '../../../shared/templates/model';

const root = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const files = ['packs', 'modules'].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(root, dir, name)),
);
const requirements = files.flatMap((file) => TemplatePack.parse(JSON.parse(readFileSync(file, 'utf8'))).requirements);
const parameters = requirements.flatMap((r) => r.parameters.map((parameter) => ({ id: r.id, parameter })));

describe('units and labels of the shipped library parameters', () => {
  it('gives every parameter unit and every numeric answer unit as a unit code', () => {
    const free = [
      ...parameters.filter(({ parameter }) => parameter.unit !== undefined && !isUnitCode(parameter.unit)).map(({ id, parameter }) => `${id} {${parameter.name}}: ${parameter.unit}`),
      ...requirements.filter((r) => r.answerType.kind === 'number' && !isUnitCode(r.answerType.unit)).map((r) => `${r.id} answer: ${r.answerType.kind === 'number' ? r.answerType.unit : ''}`),
    ];
    expect(free).toEqual([]);
  });

  it('gives a time parameter a unit, and a percentage the percent unit', () => {
    expect(parameters.filter(({ parameter }) => parameter.type === 'duration' && parameter.unit === undefined).map(({ id }) => id)).toEqual([]);
    expect(parameters.filter(({ parameter }) => parameter.type === 'percentage' && parameter.unit !== 'percent').map(({ id }) => id)).toEqual([]);
  });

  it('labels every parameter in sv, nb and en, in that language and not with its name', () => {
    const problems: string[] = [];
    for (const { id, parameter } of parameters) {
      const where = `${id} {${parameter.name}}`;
      const { sv, nb, en } = parameter.label;
      for (const [language, label] of [['sv', sv], ['nb', nb], ['en', en]] as const) {
        if (label === undefined || label.trim() === '') problems.push(`${where}: no ${language} label`);
        else if (label === parameter.name || !/^[\p{Lu}\d]/u.test(label)) problems.push(`${where}: ${language} label "${label}" is not a label`);
      }
      if (sv !== undefined && /[æøÆØ]/.test(sv)) problems.push(`${where}: sv label "${sv}" is Norwegian`);
      if (nb !== undefined && /[äöÄÖ]/.test(nb)) problems.push(`${where}: nb label "${nb}" is Swedish`);
      if (en !== undefined && (sv === en || nb === en)) problems.push(`${where}: label "${en}" is not translated`);
    }
    expect(problems).toEqual([]);
  });
});
