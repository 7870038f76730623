package io.saleslens.report;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every printed report embeds (DejaVu Sans, when the system has it), parsed once per process together with
 * the renderer's font metrics: parsing the font files again for each of a run's reports was most of a PDF's time.
 * Each document still gets its own subset of the glyphs it uses.
 */
final class PrintFonts {
    static final Path FONT_FOLDER = Path.of("/usr/share/fonts/truetype/dejavu");
    static final String FAMILY = "DejaVu Sans";

    private record Face(TrueTypeFont font, int weight, FontStyle style) {}

    private static volatile PrintFonts shared;

    private final List<Face> faces;
    private final MetricsCache metrics = new MetricsCache();

    private PrintFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /** The fonts of this process, parsed on first use. */
    static PrintFonts shared() {
        PrintFonts fonts = shared;
        if (fonts == null) {
            synchronized (PrintFonts.class) {
                fonts = shared;
                if (fonts == null) {
                    fonts = load();
                    shared = fonts;
                }
            }
        }
        return fonts;
    }

    private static PrintFonts load() {
        List<Face> faces = new ArrayList<>();
        addFace(faces, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        addFace(faces, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        addFace(faces, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        return new PrintFonts(faces);
    }

    private static void addFace(List<Face> faces, String file, int weight, FontStyle style) {
        Path font = FONT_FOLDER.resolve(file);
        if (Files.isRegularFile(font)) {
            try {
                faces.add(new Face(
                        new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile())), weight, style));
            } catch (IOException e) {
                // An unreadable system font leaves the PDF's standard fonts for that face, as when it is absent.
            }
        }
    }

    /**
     * Gives {@code builder} the fonts, loaded into {@code document}. The parsed fonts are shared, so documents using
     * them are printed one at a time (see {@link PdfReport#write}).
     */
    void addTo(PdfRendererBuilder builder, PDDocument document) throws IOException {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        for (Face face : faces) {
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(document, face.font(), true)),
                    FAMILY,
                    face.weight(),
                    face.style(),
                    true);
        }
    }

    /** The renderer's font metrics by key; they depend on the font alone, not on the document. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, absent -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
