package io.saleslens.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prints a report's XHTML page ({@link HtmlPage#printed}) to PDF (openhtmltopdf). DejaVu Sans is embedded when the system has it,
 * so signs such as ÷ print on any reader; otherwise the PDF's standard fonts are used.
 */
public final class PdfReport {
    static final Path FONT_FOLDER = Path.of("/usr/share/fonts/truetype/dejavu");

    static {
        // The renderer logs every font and stylesheet it loads; a run's progress lines are what the user should see.
        XRLog.setLoggingEnabled(false);
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
    }

    private PdfReport() {}

    public static void write(String xhtml, Path pdf) {
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            addFont(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            addFont(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            addFont(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, pdf.getParent().toUri().toString());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write " + pdf, e);
        }
    }

    private static void addFont(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        Path font = FONT_FOLDER.resolve(file);
        if (Files.isRegularFile(font)) {
            builder.useFont(font.toFile(), "DejaVu Sans", weight, style, true);
        }
    }
}
