/**
 * Paste into the Requirements step: three rows of a table copied from Word
 * (the clipboard's HTML, paragraphs inside cells) become three requirements
 * in the chosen section, with their numbers and obligations; one undo takes
 * all three away.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogues } from '../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import { expect, test, type AppHarness } from './fixtures';

const en = catalogues.en;
const texts = en.steps.requirements;

const wordHtml = `<html><head><style>p.MsoNormal { margin: 0 }</style></head><body>
<table class="MsoTableGrid" border="1">
 <tr><td><p class="MsoNormal">Nr.</p></td><td><p class="MsoNormal">Requirement</p></td><td><p class="MsoNormal">Type</p></td></tr>
 <tr><td><p class="MsoNormal">K1</p></td><td><p class="MsoNormal">The service shall support:</p><p class="MsoListParagraph"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;&nbsp;</span></span>single sign-on</p><p class="MsoListParagraph"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;&nbsp;</span></span>two-factor login</p></td><td><p class="MsoNormal">A</p></td></tr>
 <tr><td><p class="MsoNormal">K2</p></td><td><p class="MsoNormal">The service should offer a dark theme.</p></td><td><p class="MsoNormal">V</p></td></tr>
 <tr><td><p class="MsoNormal">K3</p></td><td><p class="MsoNormal">Uptime shall be at least 99.5 % and is scored above it.</p></td><td><p class="MsoNormal">AV</p></td></tr>
</table></body></html>`;
const plainText = 'Nr.\tRequirement\tType\nK1\tThe service shall support: single sign-on, two-factor login\tA\nK2\tThe service should offer a dark theme.\tV\nK3\tUptime shall be at least 99.5 % and is scored above it.\tAV\n';

async function savedDocument(app: AppHarness) {
  const files = (await readdir(app.data.documentsDir)).filter((name) => name.endsWith('.kravspec'));
  const parsed = parseSpecificationBytes(await readFile(path.join(app.data.documentsDir, files[0] ?? '')));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

test('paste three rows of a Word table into the requirement list, see them listed, and undo them in one step', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: en.homeDocs.new }).click();
  await page.keyboard.type('Paste from Word');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: en.steps.builder.railLabel }).getByRole('button', { name: new RegExp(en.steps.builder.names.requirements) }).click();
  await page.getByRole('button', { name: texts.newRequirement }).click();
  await page.getByRole('textbox', { name: texts.textIn.replace('{{language}}', 'English') }).fill('The supplier shall name a contact person.');

  // In a window too narrow for both, the editor took the list's place: go back to it.
  const back = page.getByRole('button', { name: texts.backToList });
  if (await back.isVisible()) await back.click();
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option')).toHaveCount(1);
  await list.focus();
  await list.evaluate(
    (element, clipboard) => {
      const data = new DataTransfer();
      data.setData('text/html', clipboard.html);
      data.setData('text/plain', clipboard.text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html: wordHtml, text: plainText },
  );

  await expect(page.getByRole('status').getByText(en.tableImport.paste.added_other.replace('{{count}}', '3'))).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(4);
  await expect(list.getByRole('option').nth(1)).toContainText('The service shall support:');
  await expect(list.getByRole('option').nth(2)).toContainText('dark theme');
  await expect(list.getByRole('option').nth(2)).toContainText(texts.obligations.eu.evaluated);
  await expect(list.getByRole('option').nth(3)).toContainText(texts.obligations.eu['minimum-and-evaluated']);
  await app.screenshot('paste-requirements-en');
  await app.expectAccessible('requirements step after a paste (en)');

  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const saved = await savedDocument(app);
  expect(saved.requirements.map((requirement) => [requirement.fixedNumber ?? null, requirement.obligation])).toEqual([
    [null, 'mandatory'],
    ['K1', 'mandatory'],
    ['K2', 'evaluated'],
    ['K3', 'minimum-and-evaluated'],
  ]);
  expect(saved.requirements[1]?.text.en).toBe('The service shall support:\n\n- single sign-on\n- two-factor login');

  // One undo (Edit › Undo) takes the three pasted requirements away, and only them.
  await app.emit('menu:command', { command: 'undo' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option').first()).toContainText('contact person');
});
