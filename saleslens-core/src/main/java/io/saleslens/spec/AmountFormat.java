package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;

/**
 * How an export writes amounts, given in a spec as a sample number: {@code "1,234.56"} (a decimal point, commas
 * between thousands) or {@code "1.234,56"} (a decimal comma). The decimal separator is the last of '.' and ',' in the
 * sample; the other, a space, a non-breaking space or an apostrophe may separate thousands. Around the number a
 * value may carry a currency symbol or code ($, €, USD) and a sign or parentheses for a negative amount.
 */
public record AmountFormat(char decimalSeparator, char thousandsSeparator) {

    public static AmountFormat parse(String sample) {
        if (sample == null || !sample.matches("[0-9]{1,3}([,. '][0-9]{3})*([.,][0-9]+)?")) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "amount format '" + sample + "' is not a sample number; write \"1,234.56\""
                            + " (decimal point) or \"1.234,56\" (decimal comma)");
        }
        int last = Math.max(sample.lastIndexOf('.'), sample.lastIndexOf(','));
        char decimal;
        if (last < 0) {
            decimal = '.';
        } else if (sample.indexOf('.') >= 0 && sample.indexOf(',') >= 0) {
            decimal = sample.charAt(last);
        } else {
            // One kind of separator: followed by three digits it separates thousands (1,234), else decimals (12,5).
            boolean thousands = sample.length() - last == 4;
            char separator = sample.charAt(last);
            decimal = thousands ? (separator == '.' ? ',' : '.') : separator;
        }
        return new AmountFormat(decimal, decimal == '.' ? ',' : '.');
    }

    /**
     * The regular expression a valid value matches: an optional sign, parenthesis and currency marker (one or two
     * symbols such as $ or €, an ISO code such as USD, a code with a symbol such as US$, or kr, zł, Kč, Ft, lei),
     * digits grouped by thousands or not, decimals after the decimal separator, and an optional marker after it.
     */
    public String shape() {
        String symbol = "[^0-9A-Za-z().,+' -]";
        String marker = "([A-Z]{2,3}" + symbol + "?|" + symbol + "{1,2}|kr|zł|Kč|Ft|lei)?";
        String group = "[" + thousandsSeparator + " '\u00a0\u202f]";
        return "[(]?[ ]*[-+]?[ ]*" + marker + "[ ]*[-+]?[ ]*[0-9]{1,3}(" + group + "?[0-9]{3})*([" + decimalSeparator
                + "][0-9]*)?" + "[ ]*" + marker + "[ ]*[)]?[-]?";
    }
}
