package io.saleslens.model;

/** Names of the tables the model builds, in one place so every stage agrees. */
public final class SilverTables {
    private SilverTables() {}

    public static String bronze(String source) {
        return "bronze." + source;
    }

    /**
     * What the checks read of a source: its lines in scope, a view without the lines the spec's row filters keep out,
     * when a filter reads the source ({@link ScopeStage}); else the source's bronze table.
     */
    public static String checked(String source) {
        return "work." + source + "_checked";
    }

    public static String silver(String entity) {
        return "silver." + entity;
    }

    /**
     * The lines an entity set aside, with the reason. Per entity, not per source: a flat file feeds several
     * entities, each with its own required columns, and one entity's quarantine must not replace another's.
     */
    public static String quarantine(String entity) {
        return "quarantine." + entity;
    }

    public static String gold(String table) {
        return "gold." + table;
    }

    /** The lines the quarantine-action checks rejected in a source, with the checks they failed. */
    public static String checkQuarantine(String source) {
        return "work." + source + "_check_quarantine";
    }

    public static String codeColumn(String column) {
        return column + "_code";
    }

    public static String repairFlag(String column) {
        return "_repaired_" + column;
    }
}
