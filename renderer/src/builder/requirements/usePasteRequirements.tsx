/**
 * Paste into the requirement list: a table copied from Word or Excel (the
 * clipboard's HTML) or tab-separated text adds its rows as requirements to
 * the chosen section, recognised like a spreadsheet import (obligation,
 * number, instruction), as one undo step, with a message that says how many
 * were added. A paste into a text field is left to the field.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addSection } from '../../../../shared/builder/requirement-edits';
import { madeSectionTitle } from '../../../../shared/builder/section-titles';
import { addPastedRequirements, maxPastedRows, requirementsFromClipboard, type ClipboardTable } from '../../../../shared/import/table/clipboard';
import { TableImportError } from '../../../../shared/import/table/limits';
import type { Specification } from '../../../../shared/specification/model';
import { useOpenDocument } from '../../open-document/DocumentContext';
import { tableRowsFromHtml } from '../../import/clipboard-html';

type PasteMessage = { kind: 'added'; count: number; skipped: number } | { kind: 'nothing' } | { kind: 'tooLarge' };

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** The section pasted rows go to: the one chosen, else the first at the top, else a new one. */
function withTargetSection(spec: Specification, sectionId: string | null): { specification: Specification; sectionId: string } {
  if (sectionId !== null && spec.sections.some((section) => section.id === sectionId)) return { specification: spec, sectionId };
  const first = [...spec.sections].filter((section) => section.parentId === null).sort((a, b) => a.order - b.order)[0];
  if (first !== undefined) return { specification: spec, sectionId: first.id };
  const created = addSection(spec, null, madeSectionTitle(spec, 'defaultSectionTitle'));
  return { specification: created.specification, sectionId: created.id };
}

export interface PasteRequirements {
  onPaste: (event: React.ClipboardEvent<HTMLElement>) => void;
  /** The message after a paste (how many were added, with undo), for the step's status region. */
  message: React.ReactNode;
}

export function usePasteRequirements(sectionId: string | null, onAdded: (firstId: string) => void): PasteRequirements {
  const { editor } = useOpenDocument();
  const { t } = useTranslation();
  const [message, setMessage] = useState<PasteMessage | null>(null);
  const pastes = useRef(0);

  const onPaste = (event: React.ClipboardEvent<HTMLElement>): void => {
    if (isTextField(event.target)) return;
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    const cells = html === '' ? null : tableRowsFromHtml(html, maxPastedRows);
    const table: ClipboardTable | null = cells !== null ? { kind: 'cells', rows: cells } : text.trim() !== '' ? { kind: 'text', text } : null;
    if (table === null) return;
    event.preventDefault();
    let read;
    try {
      read = requirementsFromClipboard(table, editor.specification.primaryLanguage);
    } catch (error) {
      if (error instanceof TableImportError) {
        setMessage({ kind: 'tooLarge' });
        return;
      }
      throw error;
    }
    if (read.requirements.length === 0) {
      setMessage({ kind: 'nothing' });
      return;
    }
    pastes.current += 1;
    // A group of its own, so that two pastes in a row are two undo steps.
    editor.edit(`requirements.paste.${pastes.current}`, (current) => {
      const target = withTargetSection(current, sectionId);
      const added = addPastedRequirements(target.specification, target.sectionId, read.requirements);
      if (added.ids[0] !== undefined) onAdded(added.ids[0]);
      return added.specification;
    });
    setMessage({ kind: 'added', count: read.requirements.length, skipped: read.skipped });
  };

  const shown =
    message === null ? null : (
      <MessageBar intent={message.kind === 'added' ? 'success' : 'warning'}>
        <MessageBarBody>
          {message.kind === 'added'
            ? [t('tableImport.paste.added', { count: message.count }), ...(message.skipped > 0 ? [t('tableImport.paste.notUnderstood', { count: message.skipped })] : [])].join('. ')
            : message.kind === 'nothing'
              ? t('tableImport.paste.nothing')
              : t('tableImport.paste.tooLarge', { limit: maxPastedRows })}
        </MessageBarBody>
        {message.kind === 'added' && (
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => {
                editor.undo();
                setMessage(null);
              }}
            >
              {t('tableImport.paste.undo')}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  return { onPaste, message: shown };
}
