package org.cgtatlas.export.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static PDDocument document;
    private static ReportFont font;
    private static TextWrapper wrapper;

    @BeforeAll
    static void loadFont() {
        document = new PDDocument();
        font = ReportFont.load(document);
        wrapper = new TextWrapper(font);
    }

    @AfterAll
    static void close() throws Exception {
        font.close();
        document.close();
    }

    @Test
    void latinTextBreaksAtSpacesAndEveryLineFits() {
        String text = "Regenerative Medicine Law takes effect, allowing access to unapproved CGTs";
        float width = font.width("Regenerative Medicine", 10) + 1;
        List<String> lines = wrapper.wrap(text, 10, width);
        assertThat(lines).hasSizeGreaterThan(2).allMatch(line -> font.width(line, 10) <= width);
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void japaneseTextBreaksBetweenCharacters() {
        String text = "一般社団法人日本再生医療学会";
        float width = font.width("一般社団法人", 10) + 0.5f;
        List<String> lines = wrapper.wrap(text, 10, width);
        assertThat(lines).containsExactly("一般社団法人", "日本再生医療", "学会");
    }

    @Test
    void aWordWiderThanTheLineIsSplitAndNewlinesBreak() {
        List<String> lines = wrapper.wrap("Supercalifragilistic\nend", 10, font.width("Supercali", 10));
        assertThat(lines).hasSizeGreaterThan(2).endsWith("end");
        assertThat(String.join("", lines.subList(0, lines.size() - 1))).isEqualTo("Supercalifragilistic");
    }

    @Test
    void printableTextStraightensQuotesAndReplacesMissingGlyphs() {
        assertThat(font.printable("Taiwan’s “BPIPO”\tteam")).isEqualTo("Taiwan's \"BPIPO\" team");
        assertThat(font.printable("\uD83E\uDDEC")).isEqualTo("?");
    }
}
