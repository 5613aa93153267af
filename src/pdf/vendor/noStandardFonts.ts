// Stands in for `@pdf-lib/standard-fonts` inside pdf-lib (aliased in aliases.mjs). Our PDFs embed their own fonts
// (the CJK text font and the tick-box font) and never the 14 standard PDF fonts, whose metrics make up 130 KB of the
// worker's script; the real module also unpacks every standard encoding when it loads, which the first PDF of each
// worker paid for (issue 15). pdf-lib needs the font names when it loads; using a standard font throws.

/** The 14 standard font names, as pdf-lib reads them to tell standard fonts from embedded ones. */
export enum FontNames {
  Courier = 'Courier',
  CourierBold = 'Courier-Bold',
  CourierOblique = 'Courier-Oblique',
  CourierBoldOblique = 'Courier-BoldOblique',
  Helvetica = 'Helvetica',
  HelveticaBold = 'Helvetica-Bold',
  HelveticaOblique = 'Helvetica-Oblique',
  HelveticaBoldOblique = 'Helvetica-BoldOblique',
  TimesRoman = 'Times-Roman',
  TimesRomanBold = 'Times-Bold',
  TimesRomanItalic = 'Times-Italic',
  TimesRomanBoldItalic = 'Times-BoldItalic',
  Symbol = 'Symbol',
  ZapfDingbats = 'ZapfDingbats',
}

function _unavailable(): never {
  throw new Error('PDF 标准字体未随本程序提供：请嵌入 TrueType 字体（embedSubsetFont）');
}

export const Font = { load: _unavailable };

export const Encodings = {
  get Symbol(): never {
    return _unavailable();
  },
  get ZapfDingbats(): never {
    return _unavailable();
  },
  get WinAnsi(): never {
    return _unavailable();
  },
};
