package io.saleslens.infer;

import java.util.Locale;

/** What a file holds in the dataset. */
public enum FileRole {
    ORDER_LINES("order lines (fact)"),
    CUSTOMERS("customers (dimension)"),
    PRODUCTS("products (dimension)"),
    DATES("dates (dimension)"),
    OTHER("not used");

    private final String label;

    FileRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The role a file's columns and name suggest: measures with an order id or date make order lines;
     * otherwise the file name and the keys it holds decide between the dimensions.
     */
    static FileRole of(ProbedFile file) {
        String name =
                Meaning.normalise(file.fileName().replaceAll("\\..*$", "")).toLowerCase(Locale.ROOT);
        if (file.hasMeasures() && (file.has(Meaning.ORDER_ID) || file.has(Meaning.ORDER_DATE))) {
            return ORDER_LINES;
        }
        if (name.contains("date") || name.contains("calendar")) {
            return DATES;
        }
        if (name.contains("customer") || name.contains("client")) {
            return CUSTOMERS;
        }
        if (name.contains("product") || name.contains("item") || name.contains("sku")) {
            return PRODUCTS;
        }
        if (file.has(Meaning.CUSTOMER_ID) && !file.has(Meaning.PRODUCT_ID)) {
            return CUSTOMERS;
        }
        if (file.has(Meaning.PRODUCT_ID) && !file.has(Meaning.CUSTOMER_ID)) {
            return PRODUCTS;
        }
        return OTHER;
    }
}
