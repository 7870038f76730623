package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.chart.DashboardSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The sales report of the sample run as printed: page numbers, landscape dashboards whose text reads at 9 pt. */
class PdfPrintTest {

    @Test
    void everyPageShowsItsNumberAndEachDashboardPrintsLandscapeWithTextOfAtLeastNinePoints() throws Exception {
        Path pages = Files.createDirectories(Path.of("target", "pdf-pages"));
        try (PDDocument pdf =
                Loader.loadPDF(SampleRun.reports().resolve("sales.pdf").toFile())) {
            int count = pdf.getNumberOfPages();
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<Double> dashboardTextPoints = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(index + 1);
                stripper.setEndPage(index + 1);
                assertThat(stripper.getText(pdf)).contains("Page " + (index + 1) + " of " + count);
                ImageIO.write(
                        renderer.renderImageWithDPI(index, 100),
                        "png",
                        pages.resolve("sales-" + (index + 1) + ".png").toFile());
                PDPage page = pdf.getPage(index);
                List<double[]> images = drawnImages(page);
                if (!images.isEmpty()) {
                    assertThat(page.getMediaBox().getWidth())
                            .as("a dashboard page is landscape")
                            .isGreaterThan(page.getMediaBox().getHeight());
                    for (double[] image : images) {
                        // text pt = font px × printed width in pt / image width in px
                        dashboardTextPoints.add(DashboardSize.PRINT.smallestFontPixels() * image[1] / image[0]);
                    }
                }
            }
            assertThat(dashboardTextPoints)
                    .hasSize(2)
                    .allSatisfy(points -> assertThat(points).isGreaterThanOrEqualTo(9.0));
        }
    }

    /** Each image drawn on the page as {pixel width, drawn width in pt}. */
    private static List<double[]> drawnImages(PDPage page) throws IOException {
        List<double[]> images = new ArrayList<>();
        new PDFStreamEngine() {
            {
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if (operator.getName().equals("Do")) {
                    PDXObject object = getResources().getXObject((COSName) operands.get(0));
                    if (object instanceof PDImageXObject image) {
                        BufferedImage pixels = image.getImage();
                        images.add(new double[] {
                            pixels.getWidth(),
                            getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX()
                        });
                    }
                } else {
                    super.processOperator(operator, operands);
                }
            }
        }.processPage(page);
        return images;
    }
}
