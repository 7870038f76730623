package io.saleslens.spec;

/**
 * Which part of an XLSX workbook is read; sources of other formats ignore it.
 *
 * @param sheet the sheet to read; null means the first
 */
public record XlsxOptions(String sheet) {

    public static final XlsxOptions FIRST_SHEET = new XlsxOptions(null);
}
