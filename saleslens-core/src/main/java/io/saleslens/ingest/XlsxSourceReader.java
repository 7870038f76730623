package io.saleslens.ingest;

import io.saleslens.engine.Engine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.SourceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an XLSX workbook (the source's {@code sheet}, else the first). The sheet is parsed as a
 * stream of rows (POI's event API), written to a staging CSV and loaded by the engine, so memory does
 * not grow with the sheet. The first non-empty row names the columns; {@code _line} is the sheet row number. Rows
 * that hold nothing, up to the last row that does (a sheet leaves them out of its file), are the blank lines.
 */
final class XlsxSourceReader implements SourceReader {
    static {
        // POI logs through Log4j's API; without this it prints a warning that no logging backend is installed.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty(
                    "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    @Override
    public boolean canRead(String format) {
        return format.equals("xlsx");
    }

    @Override
    public LoadedTable read(Engine engine, Path file, String bronzeTable, SourceSpec source) {
        try (StagingCsv staging = new StagingCsv(bronzeTable);
                OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            var strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (source.xlsx().sheet() == null || source.xlsx().sheet().equals(sheets.getSheetName())) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        RowsToCsv rows = new RowsToCsv(staging);
                        parser.setContentHandler(new XSSFSheetXMLHandler(
                                reader.getStylesTable(), strings, rows, new PlainCellFormatter(), false));
                        parser.parse(new InputSource(sheet));
                        return staging.load(
                                engine,
                                bronzeTable,
                                source.path() + " sheet " + sheets.getSheetName(),
                                rows.blankRows());
                    }
                }
            }
            throw new SalesLensException(
                    ErrorCode.SOURCE_NOT_FOUND,
                    source.path() + ": no sheet named '" + source.xlsx().sheet() + "'; the workbook has "
                            + String.join(", ", names));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof SalesLensException known) {
                throw known;
            }
            if (e instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
                throw new SalesLensException(
                        DiskErrors.codeOf(e, ErrorCode.SOURCE_UNREADABLE),
                        source.path() + ": cannot be read as XLSX ("
                                + unchecked.getCause().getMessage() + ")",
                        e);
            }
            throw new SalesLensException(
                    ErrorCode.SOURCE_MALFORMED,
                    source.path() + ": cannot be read as XLSX (" + e.getMessage()
                            + "); check that it is an Excel 2007+ workbook",
                    e);
        }
    }

    /** Collects the cells of one row in column order and writes the row when it ends. */
    private static final class RowsToCsv implements SheetContentsHandler {
        private final StagingCsv staging;
        private final List<String> cells = new ArrayList<>();
        private boolean headerWritten;
        private int width;
        /** The 0-based number of the last row that held a value, and how many such rows came after the header. */
        private long lastFilledRow = -1;

        private long filledRows;

        RowsToCsv(StagingCsv staging) {
            this.staging = staging;
        }

        @Override
        public void startRow(int rowNumber) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(value);
        }

        @Override
        public void endRow(int rowNumber) {
            try {
                if (!headerWritten) {
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        return;
                    }
                    List<String> header = new ArrayList<>();
                    for (int i = 0; i < cells.size(); i++) {
                        String name = cells.get(i);
                        header.add(name == null || name.isBlank() ? "column" + (i + 1) : name.trim());
                    }
                    width = header.size();
                    staging.header(header);
                    headerWritten = true;
                    lastFilledRow = rowNumber;
                    return;
                }
                int beyond = lastFilledCell(cells);
                if (beyond >= width) {
                    // A value right of the header's last named column has no column to go to: refused, not cut off.
                    staging.reject(
                            rowNumber + 1L,
                            "value in column " + CellReference.convertNumToColString(beyond)
                                    + ", right of the header's " + width + (width == 1 ? " column" : " columns"),
                            cells);
                    lastFilledRow = rowNumber;
                    filledRows++;
                    return;
                }
                List<String> row = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
                while (row.size() < width) {
                    row.add(null);
                }
                if (row.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    staging.row(rowNumber + 1L, row);
                    lastFilledRow = rowNumber;
                    filledRows++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int lastFilledCell(List<String> cells) {
            for (int i = cells.size() - 1; i >= 0; i--) {
                if (cells.get(i) != null && !cells.get(i).isBlank()) {
                    return i;
                }
            }
            return -1;
        }

        /** Rows 1 to the last filled one that are neither the header nor a row: each sheet row is accounted for. */
        long blankRows() {
            return headerWritten ? lastFilledRow + 1 - 1 - filledRows : 0;
        }
    }
}
