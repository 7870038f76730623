package io.saleslens.report;

import java.util.List;

/** A small Markdown builder; values from the data are escaped so they cannot change the structure. */
final class Markdown {
    private final StringBuilder text = new StringBuilder();

    Markdown heading(int level, String title) {
        text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
        return this;
    }

    Markdown paragraph(String line) {
        text.append(line).append("\n\n");
        return this;
    }

    Markdown bold(String line) {
        return paragraph("**" + line + "**");
    }

    Markdown bullets(List<String> items) {
        items.forEach(item -> text.append("- ").append(item).append('\n'));
        text.append('\n');
        return this;
    }

    Markdown numbered(List<String> items) {
        return numbered(items, 1);
    }

    /** A numbered list starting at {@code first}, so numbering can run on across groups as in the seed report. */
    Markdown numbered(List<String> items, int first) {
        for (int i = 0; i < items.size(); i++) {
            text.append(first + i).append(". ").append(items.get(i)).append('\n');
        }
        text.append('\n');
        return this;
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        text.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> text.append(" --- |"));
        text.append('\n');
        rows.forEach(row -> text.append("| ").append(String.join(" | ", row)).append(" |\n"));
        text.append('\n');
        return this;
    }

    /** A value from the data as a code span; code spans take no escapes, so backticks are dropped instead. */
    static String code(String value) {
        return "`" + (value == null ? "" : value.replace("`", "").replace("\n", " ")) + "`";
    }

    /** Escapes characters that Markdown or HTML would interpret in a value taken from the data. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|', '*', '_', '`', '[', ']', '#', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
