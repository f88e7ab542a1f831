import { describe, expect, it } from 'vitest';
import { madeSectionTitle } from '../../../shared/builder/section-titles';

describe('the title of a section the app makes', () => {
  it('is in the document\'s languages, whatever the UI language', () => {
    expect(madeSectionTitle({ languages: ['sv'] }, 'defaultSectionTitle')).toEqual({ sv: 'Krav' });
    expect(madeSectionTitle({ languages: ['nb', 'en'] }, 'newSectionTitle')).toEqual({ nb: 'Nytt kapittel', en: 'New section' });
  });
});
