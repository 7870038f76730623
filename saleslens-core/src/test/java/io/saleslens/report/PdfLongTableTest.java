package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose table runs over several pages, printed as a run prints it ({@link HtmlPage#printed}, then
 * {@link PdfReport}): the header row is repeated on every page the table reaches, and no row is cut across two
 * pages. Each row has a cell that wraps over several lines, with a marker word at its start and one at its end, so a
 * row cut at the foot of a page would put its two markers on different pages.
 */
class PdfLongTableTest {
    private static final int ROWS = 120;

    @Test
    void aTableOverSeveralPagesRepeatsItsHeaderAndKeepsEachRowWhole(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("long.pdf");
        PdfReport.write(HtmlPage.printed("Long table", markdown(), Map.of()), pdf);

        List<String> pages = pageTexts(pdf);
        List<Integer> pagesWithRows = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains("Row" + "Start")) {
                pagesWithRows.add(page);
            }
        }
        assertThat(pagesWithRows).as("pages the table runs over").hasSizeGreaterThanOrEqualTo(3);
        for (int page : pagesWithRows) {
            assertThat(pages.get(page))
                    .as("page " + (page + 1) + " repeats the header row")
                    .contains("HeaderRegion")
                    .contains("HeaderNote")
                    .contains("HeaderRevenue");
        }
        for (int row = 1; row <= ROWS; row++) {
            String start = String.format("RowStart%03d", row);
            String end = String.format("RowEnd%03d", row);
            int startPage = onlyPageOf(pages, start);
            int endPage = onlyPageOf(pages, end);
            assertThat(endPage)
                    .as("row " + row + " ends on the page it starts on")
                    .isEqualTo(startPage);
        }
    }

    /** The one page that shows {@code word}; a row printed twice or not at all fails here. */
    private static int onlyPageOf(List<String> pages, String word) {
        List<Integer> found = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            int from = 0;
            while ((from = pages.get(page).indexOf(word, from)) >= 0) {
                found.add(page);
                from += word.length();
            }
        }
        assertThat(found).as(word + " printed once").hasSize(1);
        return found.get(0);
    }

    private static String markdown() {
        StringBuilder md = new StringBuilder("# Long table\n\nA table of " + ROWS + " rows.\n\n");
        md.append("| HeaderRegion | HeaderNote | HeaderRevenue |\n| --- | --- | ---: |\n");
        String words = "the quick brown fox jumps over the lazy dog while the sales team counts orders".repeat(2);
        for (int row = 1; row <= ROWS; row++) {
            md.append(String.format(
                    "| Region %d | RowStart%03d %s RowEnd%03d | $%,d |%n", row % 7, row, words, row, 1000 * row));
        }
        return md.append("\nAfter the table.\n").toString();
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }
}
