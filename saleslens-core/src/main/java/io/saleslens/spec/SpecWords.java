package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words a spec writes for an enum's constants: the constant's name in lower case (NOT_NULL is not_null). */
final class SpecWords {
    private SpecWords() {}

    static String wordOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant a spec's word names, compared exactly (a spec writes not_null, not NOT_NULL); any other word is
     * refused with the words it may use, in declaration order.
     *
     * @param field what the word is, for the message: "check rule", "action"
     */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String word) {
        for (E constant : type.getEnumConstants()) {
            if (wordOf(constant).equals(word)) {
                return constant;
            }
        }
        String words =
                Arrays.stream(type.getEnumConstants()).map(SpecWords::wordOf).collect(Collectors.joining(", "));
        throw new SalesLensException(
                ErrorCode.SPEC_INVALID, "unknown " + field + " '" + word + "' (use " + words + ")");
    }
}
