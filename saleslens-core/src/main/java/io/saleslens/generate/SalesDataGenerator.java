package io.saleslens.generate;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Generates a crm-erp dataset of any size in constant memory and writes its truth.json. Files are
 * written in dependency order: catalog, then sales (which decide who the customers are), then the
 * customer files.
 */
public final class SalesDataGenerator {
    private SalesDataGenerator() {}

    public static GenerationTruth generate(GeneratorOptions options) throws IOException {
        ProductCatalog catalog = ProductCatalog.generate(options.seed(), options.startDate());
        Map<String, Long> rows = new HashMap<>();
        rows.put(CatalogFilesWriter.CATEGORIES_FILE, CatalogFilesWriter.writeCategories(options.outputDirectory()));
        rows.put(
                CatalogFilesWriter.PRODUCTS_FILE, CatalogFilesWriter.writeProducts(options.outputDirectory(), catalog));
        CustomerAcquisition acquisition = new CustomerAcquisition(options.startDate(), options.months());
        SalesDetailsWriter salesWriter = new SalesDetailsWriter(options, catalog, acquisition);
        SalesTally sales = salesWriter.write();
        Optional<CampaignPlanting> campaign = salesWriter.campaign();
        if (campaign.isPresent()) {
            rows.putAll(new CampaignFilesWriter(options, campaign.get()).write());
        }
        rows.put(SalesDetailsWriter.FILE, sales.lines);
        CustomerTally customers = new CustomerFilesWriter(options, acquisition).write();
        rows.put(CustomerFilesWriter.CUSTOMERS_FILE, customers.customerInfoRows);
        rows.put(CustomerFilesWriter.ERP_CUSTOMERS_FILE, customers.erpCustomerRows);
        rows.put(CustomerFilesWriter.LOCATIONS_FILE, customers.locationRows);
        GenerationTruth truth = new GenerationTruth(
                options.seed(),
                options.dirtRate(),
                sales.revenue,
                sales.lines,
                sales.orders,
                sales.units,
                customers.customers,
                acquisition.customers(),
                catalog.products().size(),
                sales.productsSold(),
                sales.firstValidOrderDate().orElse(null),
                sales.lastValidOrderDate().orElse(null),
                rows,
                new DefectCounts(
                        customers.duplicateCustomerIds,
                        customers.missingCustomerIds,
                        sales.invalidOrderDates,
                        sales.inconsistentSalesAmounts,
                        sales.invalidPrices,
                        customers.paddedStrings,
                        customers.variantCountrySpellings,
                        customers.variantGenderSpellings),
                campaign.map(CampaignPlanting::truth).orElse(null));
        TruthJson.write(truth, options.outputDirectory().resolve(GenerationTruth.FILE_NAME));
        return truth;
    }
}
