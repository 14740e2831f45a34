package org.childsafe.actionplan.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.LayoutProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The embedded fonts of exported PDFs (Noto Sans for Latin, Noto Sans Thai for Thai; SIL Open Font License,
 * see {@code fonts/OFL-NotoSansThai.txt}) and the text preparation Thai needs.
 *
 * <p>Thai stacks vowel and tone marks above and below consonants; placing them needs the font's OpenType
 * GSUB/GPOS tables. OpenPDF alone writes one glyph per character at its default position, so tone marks
 * collide with upper vowels or vanish (checked by rendering: "ที่นี่" printed as "ทีนี"). Its
 * {@link LayoutProcessor} instead lays text out with Java2D, whose HarfBuzz shaper in the JDK applies those
 * tables, and writes the positioned glyphs. It is switched on once for the JVM (it is a global OpenPDF
 * setting; nothing else here uses OpenPDF), with kerning and ligatures.
 *
 * <p>Thai is written without spaces between words, so line breaking needs word boundaries: {@link #breakable}
 * inserts zero-width spaces where the JDK's Thai dictionary break iterator finds them. OpenPDF's line breaker
 * never looks at a zero-width space itself (it skips zero-width characters), so {@link #SPLIT} allows a break
 * after the character that precedes one; without it Thai lines broke in the middle of words.
 */
final class PdfFonts {

    private static final char ZWSP = '\u200B';
    private static final Locale THAI = Locale.forLanguageTag("th");
    static final BaseFont LATIN;
    static final BaseFont LATIN_BOLD;
    static final BaseFont THAI_REGULAR;
    static final BaseFont THAI_BOLD;

    static {
        LayoutProcessor.enableKernLiga();
        LayoutProcessor.setWriteActualText();
        LATIN = load("fonts/NotoSans-Regular.ttf");
        LATIN_BOLD = load("fonts/NotoSans-Bold.ttf");
        THAI_REGULAR = load("fonts/NotoSansThai-Regular.ttf");
        THAI_BOLD = load("fonts/NotoSansThai-Bold.ttf");
    }

    /** Default split characters, plus a break before every zero-width space. Stateless. */
    static final SplitCharacter SPLIT = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            if (current + 1 < end && cc[current + 1] == ZWSP) {
                return true;
            }
            return super.isSplitCharacter(start, current, end, cc, ck);
        }
    };

    private PdfFonts() {
    }

    /** The text as a phrase in the selector's fonts, breakable between Thai words. */
    static Phrase phrase(FontSelector selector, String text) {
        Phrase phrase = selector.process(breakable(text));
        for (Object element : phrase) {
            if (element instanceof Chunk chunk) {
                chunk.setSplitCharacter(SPLIT);
            }
        }
        return phrase;
    }

    private static BaseFont load(String resource) {
        try {
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            LayoutProcessor.loadFont(font, resource);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font " + resource, e);
        }
    }

    /** Picks Noto Sans or Noto Sans Thai character by character. */
    static FontSelector selector(float size, boolean bold) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? LATIN_BOLD : LATIN, size));
        selector.addFont(new Font(bold ? THAI_BOLD : THAI_REGULAR, size));
        return selector;
    }

    /** The text with a zero-width space at every word boundary inside Thai runs, so lines can break there. */
    static String breakable(String text) {
        if (text == null || text.chars().noneMatch(PdfFonts::isThai)) {
            return text == null ? "" : text;
        }
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            out.append(text, start, end);
            if (end < text.length() && isThai(text.charAt(end - 1)) && isThai(text.charAt(end))) {
                out.append(ZWSP);
            }
        }
        return out.toString();
    }

    static boolean isThai(int c) {
        return c >= 0x0E00 && c <= 0x0E7F;
    }
}
