/**
 * The shipped catalogues beside the packs: the standards catalogue, the
 * innovation criteria and the procurement rules per jurisdiction. They
 * validate, their ids are unique, every unconfirmed value says so, dates are
 * in order, the procedures match what each jurisdiction offers, and every
 * address is https.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { InnovationCatalogue, JurisdictionRules, standardName, StandardsCatalogue } from '../../../shared/templates/catalogues';
import { jurisdictions } from '../../../shared/specification/model/common';
import { proceduresByJurisdiction } from '../../../shared/specification/model/procurement';

const root = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(path.join(root, ...parts), 'utf8'));

function parse<S extends z.ZodType>(schema: S, file: string[]): z.infer<S> {
  const result = schema.safeParse(readJson(...file));
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
    throw new Error(`${file.join('/')} does not validate:\n${issues.join('\n')}`);
  }
  return result.data;
}

const standards = parse(StandardsCatalogue, ['standards.json']);
const innovation = parse(InnovationCatalogue, ['innovation-criteria.json']);
const rules = jurisdictions.map((jurisdiction) => ({ jurisdiction, rules: parse(JurisdictionRules, ['rules', `${jurisdiction}.json`]) }));

/** Every `url` value anywhere in a catalogue, with where it sits. */
function urls(value: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => urls(item, `${where}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'url' && typeof child === 'string') out.push([`${where}.url`, child]);
      else urls(child, `${where}.${key}`, out);
    }
  }
  return out;
}

/** Every three-language text anywhere in a catalogue, with where it sits. */
function triTexts(value: unknown, where: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) value.forEach((item, i) => triTexts(item, `${where}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 0 && keys.every((k) => k === 'sv' || k === 'nb' || k === 'en')) out.push([where, record]);
    // A standard's local names are partial by design: a language without one uses the official name.
    else for (const [k, v] of Object.entries(record)) if (k !== 'localNames') triTexts(v, `${where}.${k}`, out);
  }
  return out;
}

/** Ids other files refer to; they may never be renamed or removed. */
const referencedStandardIds = [
  'wcag-2-1', 'en-301-549', 'iso-14289-pdf-ua', 'iso-26300-odf', 'iso-19005-pdf-a', 'html', 'rfc-3629-utf-8', 'rfc-8259-json',
  'json-schema', 'rfc-4180-csv', 'xml-1-0', 'openapi-3', 'openid-connect', 'oauth-2-0', 'saml-2-0', 'scim-2-0', 'rfc-8446-tls-1-3',
  'rfc-5246-tls-1-2', 'rfc-7489-dmarc', 'rfc-8200-ipv6', 'rfc-5545-icalendar', 'rfc-5424-syslog', 'opentelemetry', 'iso-8601',
  'iso-639', 'iso-3166', 'en-16931', 'peppol-bis-billing-3', 'ehf', 'sie', 'noark-5', 'e-ark-sip', 'fgs-package-structure',
  'iso-14721-oais', 'mets', 'premis', 'dcat-ap', 'dcat-ap-no', 'dcat-ap-se', 'iso-iec-27001', 'iso-iec-27002', 'iso-22301',
  'iso-iec-20000-1', 'iso-9001', 'iso-14001', 'bpmn-2-0', 'cmis', 'spdx', 'cyclonedx', 'cvss', 'semver', 'ogc-wms', 'ogc-wfs',
  'id-porten', 'maskinporten',
];
const referencedInnovationIds = [
  'functional-orientation', 'open-standards', 'need-context', 'market-dialogue', 'variants', 'sme-access',
  'proportionate-qualification', 'quality-in-award', 'life-cycle-cost', 'exit-and-portability', 'ipr-and-reuse', 'accessibility',
  'data-protection', 'measurable-service-levels', 'climate-and-environment', 'interoperability',
];

describe('standards catalogue', () => {
  it('validates and has unique ids', () => {
    const ids = standards.standards.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every id other files refer to', () => {
    const ids = new Set(standards.standards.map((s) => s.id));
    expect(referencedStandardIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('calls ISO, IEC, EN and ETSI documents formal standards and the rest open specifications', () => {
    for (const entry of standards.standards) {
      const formal = /^(ISO|IEC|ETSI|CEN)\b/.test(entry.publisher);
      expect(entry.kind, entry.id).toBe(formal ? 'formal-standard' : 'open-specification');
    }
  });
});

describe('innovation criteria', () => {
  it('validate, have unique ids and the ids other files refer to', () => {
    const ids = innovation.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(referencedInnovationIds.filter((id) => !ids.includes(id))).toEqual([]);
  });
});

describe('procurement rules', () => {
  it('exist for every jurisdiction and name it', () => {
    for (const { jurisdiction, rules: file } of rules) expect(file.jurisdiction).toBe(jurisdiction);
  });

  it('threshold ids are unique within a file', () => {
    for (const { jurisdiction, rules: file } of rules) {
      const ids = file.thresholds.map((t) => t.id);
      expect(new Set(ids).size, jurisdiction).toBe(ids.length);
    }
  });

  it('every threshold marked verify carries a note saying what to check', () => {
    for (const { jurisdiction, rules: file } of rules) {
      for (const threshold of file.thresholds.filter((t) => t.verify)) {
        expect(threshold.note, `${jurisdiction} ${threshold.id}`).toBeDefined();
      }
    }
  });

  it('every threshold is valid from a date no later than its end date', () => {
    for (const { jurisdiction, rules: file } of rules) {
      for (const threshold of file.thresholds) {
        if (threshold.validTo !== null) expect(threshold.validFrom <= threshold.validTo, `${jurisdiction} ${threshold.id}`).toBe(true);
      }
    }
  });

  it('has exactly one rule per procedure the jurisdiction offers, and none it does not', () => {
    for (const { jurisdiction, rules: file } of rules) {
      const ruled = file.procedures.map((p) => p.id);
      expect(new Set(ruled).size, `${jurisdiction}: a procedure has two rules`).toBe(ruled.length);
      expect([...ruled].sort(), jurisdiction).toEqual([...proceduresByJurisdiction[jurisdiction]].sort());
    }
  });

  it('EU procedures apply above the thresholds only', () => {
    const eu = rules.find((r) => r.jurisdiction === 'eu')?.rules;
    expect(eu?.procedures.every((p) => p.applies === 'above-threshold')).toBe(true);
  });
});

describe('all catalogues', () => {
  const catalogues: [string, unknown][] = [['standards', standards], ['innovation', innovation], ...rules.map(({ jurisdiction, rules: file }) => [`rules/${jurisdiction}`, file] as [string, unknown])];

  it('every address is https', () => {
    for (const [name, catalogue] of catalogues) {
      const found = urls(catalogue, name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const [where, url] of found) expect(new URL(url).protocol, where).toBe('https:');
    }
  });

  it('every text is there in sv, nb and en, and not empty', () => {
    for (const [name, catalogue] of catalogues) {
      for (const [where, text] of triTexts(catalogue, name)) {
        for (const language of ['sv', 'nb', 'en'] as const) {
          const value = text[language];
          expect(typeof value === 'string' && value.trim() !== '', `${where}.${language}`).toBe(true);
        }
      }
    }
  });
});

describe('standard names in each document language', () => {
  const byId = (id: string) => {
    const entry = standards.standards.find((standard) => standard.id === id);
    if (entry === undefined) throw new Error(`no standard ${id}`);
    return entry;
  };

  it('a Swedish national standard reads in Swedish in a Swedish document, and is explained in a Norwegian one', () => {
    expect(standardName(byId('fgs-package-structure'), 'sv')).toBe('FGS Paketstruktur för e-arkiv');
    expect(standardName(byId('fgs-package-structure'), 'nb')).toBe('FGS Paketstruktur (svensk pakkestruktur for e-arkiv)');
    expect(standardName(byId('fgs-package-structure'), 'en')).toBe(byId('fgs-package-structure').name);
  });

  it('an international standard keeps its official title in every language, with its version once', () => {
    for (const language of ['sv', 'nb', 'en'] as const) {
      expect(standardName(byId('iso-iec-27001'), language)).toBe(`${byId('iso-iec-27001').name} 2022`);
      expect(standardName(byId('rfc-8446-tls-1-3'), language)).toBe('RFC 8446 The Transport Layer Security (TLS) Protocol Version 1.3');
    }
  });

  it('every local name is a different text from the official name, and never empty', () => {
    for (const entry of standards.standards) {
      for (const local of Object.values(entry.localNames ?? {})) {
        expect(local.trim()).not.toBe('');
        expect(local, entry.id).not.toBe(entry.name);
      }
    }
  });
});
