package io.saleslens.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats spreadsheet numbers the way the rest of SalesLens reads text: dates as ISO (yyyy-MM-dd, with
 * the time when it is not midnight) and other numbers plainly, without the sheet's currency symbols,
 * thousands separators or rounding, so that no figure depends on how a cell was displayed.
 */
final class PlainCellFormatter extends DataFormatter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime moment = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return moment.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? moment.toLocalDate().toString()
                    : moment.format(DATE_TIME);
        }
        BigDecimal number = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
    }
}
