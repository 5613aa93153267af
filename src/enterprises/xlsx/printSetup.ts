// Printing a workbook as the PDF prints: the sheet fitted to the page's width (a 22-column table is wider than
// A4 landscape at 100 %) and the title and header rows repeated on every printed page (Print_Titles).
// Hint: write-excel-file has no option for these; its "features" may edit the XML it writes (README, Features).
import type { Feature } from 'write-excel-file/universal';

/** Excel's quoting of a sheet name in a reference: 'name', with quotes doubled. */
const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Fit to one page wide (any number of pages tall), repeating rows 1…`headerRows` on each page. */
export function printSetup(sheet: string, headerRows: number): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml) =>
            xml
              .replace(/<worksheet\b[^>]*>/, (open) => `${open}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`)
              .replace(/<pageSetup\b/, '<pageSetup fitToWidth="1" fitToHeight="0"'),
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            const titles = `<definedName name="_xlnm.Print_Titles" localSheetId="0">${quoted(sheet)}!$1:$${headerRows}</definedName>`;
            return xml.includes('<definedNames/>') ? xml.replace('<definedNames/>', `<definedNames>${titles}</definedNames>`) : xml.replace('<definedNames>', `<definedNames>${titles}`);
          },
        },
      },
    },
  };
}
