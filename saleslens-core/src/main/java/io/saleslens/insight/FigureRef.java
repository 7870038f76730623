package io.saleslens.insight;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * A value a report shows: which document, where in it (a JSON Pointer such as
 * {@code /totals/revenue}) and how to write it. Reports resolve and format it; they never compute it.
 */
public record FigureRef(SourceDocument document, String pointer, FigureFormat format) {

    public FigureRef {
        requireNonNull(document, "document is null");
        requireNonNull(pointer, "pointer is null");
        requireNonNull(format, "format is null");
        JsonPointer.compile(pointer);
    }

    public static FigureRef metrics(String pointer, FigureFormat format) {
        return new FigureRef(SourceDocument.METRICS, pointer, format);
    }

    public static FigureRef quality(String pointer, FigureFormat format) {
        return new FigureRef(SourceDocument.QUALITY, pointer, format);
    }

    /** The citation written into insights.json, such as {@code metrics.json#/totals/revenue}. */
    public String citation() {
        return document.fileName() + "#" + pointer;
    }

    /** The pointer of a child: {@code child("0", "revenue")} of {@code /categories} is {@code /categories/0/revenue}. */
    public static String pointer(String first, Object... more) {
        StringBuilder path = new StringBuilder(first);
        for (Object segment : more) {
            path.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return path.toString();
    }
}
