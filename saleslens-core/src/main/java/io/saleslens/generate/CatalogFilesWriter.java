package io.saleslens.generate;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the category table (PX_CAT_G1V2.csv) and the versioned product table (prd_info.csv). */
final class CatalogFilesWriter {
    static final String CATEGORIES_FILE = "source_erp/PX_CAT_G1V2.csv";
    static final String PRODUCTS_FILE = "source_crm/prd_info.csv";
    static final String CATEGORIES_HEADER = "ID,CAT,SUBCAT,MAINTENANCE";
    static final String PRODUCTS_HEADER = "prd_id,prd_key,prd_nm,prd_cost,prd_line,prd_start_dt,prd_end_dt";

    /** The sample's product ids start here. */
    static final int FIRST_PRODUCT_ID = 210;

    private CatalogFilesWriter() {}

    /** Returns the number of data rows written. */
    static long writeCategories(Path outputDirectory) throws IOException {
        try (CsvRowWriter csv = new CsvRowWriter(outputDirectory.resolve(CATEGORIES_FILE))) {
            csv.text(CATEGORIES_HEADER).endRow();
            for (Category category : Category.ALL) {
                csv.text(category.id())
                        .text(category.name())
                        .text(category.subcategory())
                        .text(category.maintenance())
                        .endRow();
            }
            return csv.rows() - 1;
        }
    }

    /**
     * One row per product version. A version ends the day before the next one starts; the current
     * version has no end. The product line carries a trailing space, as every row of the sample's
     * export does: a trait of that source system, not a planted defect.
     */
    static long writeProducts(Path outputDirectory, ProductCatalog catalog) throws IOException {
        try (CsvRowWriter csv = new CsvRowWriter(outputDirectory.resolve(PRODUCTS_FILE))) {
            csv.text(PRODUCTS_HEADER).endRow();
            int productId = FIRST_PRODUCT_ID;
            for (Product product : catalog.products()) {
                String productLine = product.category().productLine() + " ";
                for (int version = 0; version < product.versions(); version++) {
                    csv.number(productId++)
                            .text(product.prdKey())
                            .text(product.name())
                            .number(product.versionCost(version))
                            .text(productLine)
                            .isoDate(DateInts.of(product.versionStart(version)));
                    if (version + 1 < product.versions()) {
                        csv.isoDate(
                                DateInts.of(product.versionStart(version + 1).minusDays(1)));
                    } else {
                        csv.blank();
                    }
                    csv.endRow();
                }
            }
            return csv.rows() - 1;
        }
    }
}
