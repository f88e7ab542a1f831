/**
 * The LibreOffice Basic macro that turns a DOCX into a PDF with a complete
 * table of contents: LibreOffice keeps the entries Word wrote but not their
 * page numbers, so every index is updated (twice: a longer contents list
 * moves the pages after it) before the PDF is stored. It is installed as the
 * "Standard" library of a fresh, private LibreOffice profile, which also
 * keeps a LibreOffice the user has open out of the way.
 */

/** How the conversion is invoked: `macro:///Standard.Kravstudio.ExportPdf(source, target, failure, version)`;
 * the number goes last, as LibreOffice 7.4 drops a call whose number is followed by a string. */
export const macroLibrary = 'Standard';
export const macroModule = 'Kravstudio';
export const macroName = 'ExportPdf';

const basicSource = `
Sub ${macroName}(source As String, target As String, failure As String, pdfVersion As Long)
  On Error GoTo Failed
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(source, "_blank", 0, load())
  If IsNull(doc) Then Error 1
  Dim pass As Integer, i As Integer
  Dim indexes As Object
  For pass = 1 To 2
    indexes = doc.getDocumentIndexes()
    For i = 0 To indexes.getCount() - 1
      indexes.getByIndex(i).update()
    Next i
    doc.getTextFields().refresh()
  Next pass
  Dim filter(1) As New com.sun.star.beans.PropertyValue
  filter(0).Name = "SelectPdfVersion"
  filter(0).Value = pdfVersion
  filter(1).Name = "UseTaggedPDF"
  filter(1).Value = True
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "writer_pdf_Export"
  store(1).Name = "FilterData"
  store(1).Value = filter()
  doc.storeToURL(target, store())
  doc.close(True)
  StarDesktop.terminate()
  Exit Sub
Failed:
  Dim channel As Integer
  channel = FreeFile()
  Open ConvertFromURL(failure) For Output As #channel
  Print #channel, "line " & Erl & ": " & Error$
  Close #channel
  StarDesktop.terminate()
End Sub
`;

const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const doctype = (root: string, dtd: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${root} PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "${dtd}">\n`;
const libraryNs = 'xmlns:library="http://openoffice.org/2000/library"';

/** The files of the profile, by path relative to the profile folder. */
export function profileFiles(): ReadonlyMap<string, string> {
  const container = (): string =>
    `${doctype('library:libraries', 'libraries.dtd')}<library:libraries ${libraryNs} xmlns:xlink="http://www.w3.org/1999/xlink">\n` +
    ` <library:library library:name="${macroLibrary}" library:link="false"/>\n</library:libraries>\n`;
  const libraryHead = `library:name="${macroLibrary}" library:readonly="false" library:passwordprotected="false"`;
  return new Map([
    // Marks the profile as set up: LibreOffice would otherwise copy its default (empty) Basic library over this one at the first start.
    [
      'user/registrymodifications.xcu',
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        '<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>\n</oor:items>\n',
    ],
    ['user/basic/script.xlc', container()],
    ['user/basic/dialog.xlc', container()],
    [`user/basic/${macroLibrary}/script.xlb`, `${doctype('library:library', 'library.dtd')}<library:library ${libraryNs} ${libraryHead}>\n <library:element library:name="${macroModule}"/>\n</library:library>\n`],
    [`user/basic/${macroLibrary}/dialog.xlb`, `${doctype('library:library', 'library.dtd')}<library:library ${libraryNs} ${libraryHead}/>\n`],
    [
      `user/basic/${macroLibrary}/${macroModule}.xba`,
      `${doctype('script:module', 'module.dtd')}<script:module xmlns:script="http://openoffice.org/2000/script" script:name="${macroModule}" script:language="StarBasic">${xmlEscape(basicSource)}</script:module>\n`,
    ],
  ]);
}
