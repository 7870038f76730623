package io.saleslens.report;

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
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints a report's XHTML page ({@link HtmlPage#printed}) to PDF (openhtmltopdf). DejaVu Sans is embedded when the
 * system has it, so signs such as ÷ print on any reader; otherwise the PDF's standard fonts are used.
 */
public final class PdfReport {

    static {
        // The renderer logs every font and stylesheet it loads; a run's progress lines are what the user should see.
        XRLog.setLoggingEnabled(false);
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
    }

    private PdfReport() {}

    /** Prints one page; synchronised because the documents share the parsed fonts ({@link PrintFonts}). */
    public static synchronized void write(String xhtml, Path pdf) {
        try (OutputStream out = Files.newOutputStream(pdf);
                PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            PrintFonts.shared().addTo(builder, document);
            builder.withHtmlContent(xhtml, pdf.getParent().toUri().toString());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), "cannot write " + pdf, e);
        }
    }
}
