package io.saleslens.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A product subcategory as PX_CAT_G1V2.csv lists it, with what the generator needs to invent
 * products in it.
 *
 * @param id category id with an underscore, as in PX_CAT_G1V2.csv (CO_RF)
 * @param name top-level category (Components)
 * @param subcategory subcategory (Road Frames)
 * @param maintenance Yes or No
 * @param productLine prd_line code before padding: M, R, S or T
 * @param products how many products the catalog holds in this subcategory
 * @param sellShare probability that a product of this subcategory is sold at all
 * @param minPrice lowest list price, whole currency units
 * @param maxPrice highest list price, whole currency units
 */
record Category(
        String id,
        String name,
        String subcategory,
        String maintenance,
        char productLine,
        int products,
        double sellShare,
        int minPrice,
        int maxPrice) {

    Category {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(subcategory, "subcategory is null");
        requireNonNull(maintenance, "maintenance is null");
        if (id.length() != 5 || id.charAt(2) != '_') {
            throw new IllegalArgumentException("category id must look like CO_RF, got " + id);
        }
        if (minPrice < 1 || maxPrice < minPrice) {
            throw new IllegalArgumentException("bad price range " + minPrice + ".." + maxPrice);
        }
    }

    /** The category id as prd_info.csv spells it, with a dash: CO-RF. */
    String prdKeyPrefix() {
        return id.replace('_', '-');
    }

    /**
     * The 37 subcategories of the crm-erp sample. Bikes and clothing sell widely; most components
     * are catalogued but rarely sold, as in the sample where fewer than half the products sell.
     */
    static final List<Category> ALL = List.of(
            accessory("AC_BR", "Bike Racks", "Yes", 2, 100, 130),
            accessory("AC_BS", "Bike Stands", "No", 2, 150, 170),
            accessory("AC_BC", "Bottles and Cages", "No", 4, 4, 12),
            accessory("AC_CL", "Cleaners", "Yes", 2, 6, 10),
            accessory("AC_FE", "Fenders", "No", 2, 20, 25),
            accessory("AC_HE", "Helmets", "Yes", 5, 30, 40),
            accessory("AC_HP", "Hydration Packs", "No", 2, 50, 60),
            accessory("AC_LI", "Lights", "Yes", 3, 15, 45),
            accessory("AC_LO", "Locks", "Yes", 2, 20, 30),
            accessory("AC_PA", "Panniers", "No", 2, 90, 130),
            accessory("AC_PU", "Pumps", "Yes", 3, 15, 25),
            accessory("AC_TT", "Tires and Tubes", "Yes", 9, 2, 65),
            new Category("BI_MB", "Bikes", "Mountain Bikes", "Yes", 'M', 32, 0.6, 540, 3400),
            new Category("BI_RB", "Bikes", "Road Bikes", "Yes", 'R', 38, 0.6, 540, 3580),
            new Category("BI_TB", "Bikes", "Touring Bikes", "Yes", 'T', 22, 0.6, 740, 2400),
            clothing("CL_BS", "Bib-Shorts", 3, 70, 90),
            clothing("CL_CA", "Caps", 2, 8, 10),
            clothing("CL_GL", "Gloves", 6, 20, 50),
            clothing("CL_JE", "Jerseys", 8, 50, 55),
            clothing("CL_SH", "Shorts", 6, 60, 70),
            clothing("CL_SO", "Socks", 4, 9, 10),
            clothing("CL_TI", "Tights", 3, 75, 80),
            clothing("CL_VE", "Vests", 3, 64, 70),
            component("CO_BB", "Bottom Brackets", "Yes", 'M', 3, 54, 122),
            component("CO_BR", "Brakes", "Yes", 'R', 2, 64, 107),
            component("CO_CH", "Chains", "Yes", 'R', 1, 20, 25),
            component("CO_CS", "Cranksets", "Yes", 'R', 3, 256, 405),
            component("CO_DE", "Derailleurs", "Yes", 'R', 2, 91, 122),
            component("CO_FO", "Forks", "Yes", 'R', 3, 149, 230),
            component("CO_HB", "Handlebars", "No", 'M', 8, 44, 121),
            component("CO_HS", "Headsets", "No", 'R', 3, 35, 125),
            component("CO_MF", "Mountain Frames", "Yes", 'M', 28, 265, 1365),
            component("CO_PD", "Pedals", "No", 'M', 7, 41, 81),
            component("CO_RF", "Road Frames", "Yes", 'R', 33, 340, 1432),
            component("CO_SA", "Saddles", "No", 'R', 9, 28, 53),
            component("CO_TF", "Touring Frames", "Yes", 'T', 18, 334, 1004),
            component("CO_WH", "Wheels", "Yes", 'M', 14, 121, 540));

    private static Category accessory(
            String id, String subcategory, String maintenance, int products, int min, int max) {
        return new Category(id, "Accessories", subcategory, maintenance, 'S', products, 0.9, min, max);
    }

    private static Category clothing(String id, String subcategory, int products, int min, int max) {
        return new Category(id, "Clothing", subcategory, "No", 'S', products, 0.8, min, max);
    }

    private static Category component(
            String id, String subcategory, String maintenance, char line, int products, int min, int max) {
        return new Category(id, "Components", subcategory, maintenance, line, products, 0.1, min, max);
    }
}
