package io.saleslens.model;

/** Names of the columns cleaning adds beside a source's own: standardised codes and repair flags. */
public final class DerivedColumns {
    private DerivedColumns() {}

    public static String codeColumn(String column) {
        return column + "_code";
    }

    public static String repairFlag(String column) {
        return "_repaired_" + column;
    }
}
