/**
 * The open document as every part of its screen sees it: the editor (the
 * document, its edits, undo and save state) and the language the window is
 * shown in. Provided once by the document's screen; read with
 * `useOpenDocument()` wherever it is needed, instead of passing both down
 * through every component on the way. The language is kept apart, so a part
 * that only shows numbers or dates (`useUiLanguage()`) is not drawn again on
 * every edit.
 */
import { createContext, useContext } from 'react';
import type { UiLanguage } from '../../../shared/languages';
import type { DocumentEditor } from './useDocumentEditor';

export interface OpenDocumentValue {
  editor: DocumentEditor;
  /** The UI language (labels, number and date formats). */
  language: UiLanguage;
}

const EditorContext = createContext<DocumentEditor | null>(null);
const LanguageContext = createContext<UiLanguage | null>(null);

export function OpenDocumentProvider({ editor, language, children }: OpenDocumentValue & { children: React.ReactNode }): React.JSX.Element {
  return (
    <LanguageContext.Provider value={language}>
      <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>
    </LanguageContext.Provider>
  );
}

/** The UI language the open document's screen is shown in. */
export function useUiLanguage(): UiLanguage {
  const language = useContext(LanguageContext);
  if (language === null) throw new Error('useUiLanguage is used outside an open document.');
  return language;
}

/** The open document's editor and the UI language; only inside a document's screen. */
export function useOpenDocument(): OpenDocumentValue {
  const editor = useContext(EditorContext);
  const language = useUiLanguage();
  if (editor === null) throw new Error('useOpenDocument is used outside an open document.');
  return { editor, language };
}
