package io.saleslens.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.infer.InferredDataset;
import io.saleslens.spec.Presets;
import io.saleslens.spec.SpecChoice;
import io.saleslens.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec a run uses: --spec or --preset, else the folder's saleslens.yaml, else a recognised preset, else inference. */
class SpecResolverTest {
    private static final String OWN_SPEC = """
            name: own
            sources:
              orders: { path: orders.csv }
            entities:
              customer: { from: orders, columns: { customer_id: { from: Customer } } }
              product: { from: orders, columns: { product_number: { from: Product } } }
              sale:
                from: orders
                columns:
                  order_number: { from: Order }
                  product_number: { from: Product }
                  customer_id: { from: Customer }
                  order_date: { from: Date, type: date }
                  sales_amount: { from: Amount, type: decimal }
            """;

    @TempDir
    Path dir;

    private final List<InferredDataset> inferred = new ArrayList<>();
    private final SpecResolver resolver = new SpecResolver(
            spill -> Engines.open(Engines.EMBEDDED, new EngineSettings(spill, null, null)), inferred::add);

    /** A folder with the files by which the crm-erp preset recognises its layout. */
    private Path crmErpFolder() throws IOException {
        Path data = Files.createDirectories(dir.resolve("crm"));
        for (String file : Presets.load("crm-erp").detect()) {
            Files.createDirectories(data.resolve(file).getParent());
            Files.writeString(data.resolve(file), "id\n1\n");
        }
        return data;
    }

    /** A folder of order lines no preset recognises, so its spec is inferred. */
    private Path ordersFolder() throws IOException {
        Path data = Files.createDirectories(dir.resolve("orders"));
        List<String> lines = new ArrayList<>(List.of("Order ID,Order Date,Customer ID,Product ID,Quantity,Sales"));
        for (int i = 1; i <= 40; i++) {
            lines.add("SO" + (1000 + i / 2) + ",2024-0" + (1 + i % 9) + "-1" + (i % 10) + ",C" + (i % 7) + ",P"
                    + (i % 5) + "," + (1 + i % 3) + "," + (10 * i) + ".50");
        }
        Files.write(data.resolve("orders.csv"), lines);
        return data;
    }

    @Test
    void aSpecFileComesFirst() throws IOException {
        Path data = crmErpFolder();
        Files.writeString(data.resolve(SpecResolver.FOLDER_SPEC), OWN_SPEC.replace("name: own", "name: folder"));
        Path specFile = Files.writeString(dir.resolve("given.yaml"), OWN_SPEC);
        SpecChoice choice = resolver.resolve(new SpecRequest(data, Optional.of(specFile), Optional.empty()));
        assertThat(choice.spec().name()).isEqualTo("own");
        assertThat(choice.origin()).isEqualTo("--spec " + specFile);
        assertThat(choice.locations().at("sources.orders")).isEqualTo(specFile + " line 3 (sources.orders)");
    }

    @Test
    void aNamedPresetComesBeforeTheFoldersOwnSpec() throws IOException {
        Path data = crmErpFolder();
        Files.writeString(data.resolve(SpecResolver.FOLDER_SPEC), OWN_SPEC);
        SpecChoice choice = resolver.resolve(new SpecRequest(data, Optional.empty(), Optional.of("shopify-orders")));
        assertThat(choice.spec().name()).isEqualTo("shopify-orders");
        assertThat(choice.origin()).isEqualTo("preset shopify-orders (--preset)");
    }

    @Test
    void aSpecFileAndAPresetTogetherAreRefused() {
        assertThatThrownBy(() -> resolver.resolve(
                        new SpecRequest(dir, Optional.of(dir.resolve("s.yaml")), Optional.of("crm-erp"))))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("give either --spec or --preset, not both")
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.OPTION_INVALID);
    }

    @Test
    void theFoldersOwnSpecComesBeforeARecognisedPreset() throws IOException {
        Path data = crmErpFolder();
        Files.writeString(data.resolve(SpecResolver.FOLDER_SPEC), OWN_SPEC);
        SpecChoice choice = resolver.resolve(SpecRequest.forFolder(data));
        assertThat(choice.spec().name()).isEqualTo("own");
        assertThat(choice.origin()).isEqualTo(data.resolve("saleslens.yaml") + " (the folder's own spec)");
    }

    @Test
    void aRecognisedPresetComesBeforeInferenceAndInitWritesThatPreset() throws IOException {
        Path data = crmErpFolder();
        SpecChoice choice = resolver.resolve(SpecRequest.forFolder(data));
        assertThat(choice.spec().name()).isEqualTo("crm-erp");
        assertThat(choice.origin()).isEqualTo("preset crm-erp, recognised from its files");
        ImpliedSpec implied = resolver.implied(data);
        assertThat(implied).isInstanceOf(RecognisedPreset.class);
        assertThat(implied.yaml()).startsWith("# The shipped preset crm-erp, which recognised this folder");
        assertThat(inferred).isEmpty();
    }

    @Test
    void aFolderNoPresetRecognisesIsInferredAndRunsTheSpecInitWrites() throws IOException {
        Path data = ordersFolder();
        ImpliedSpec implied = resolver.implied(data);
        assertThat(implied).isInstanceOf(InferredSpec.class);
        assertThat(inferred).hasSize(1);
        SpecChoice choice = implied.choice();
        assertThat(choice.origin()).isEqualTo("inferred from the files (write it out with saleslens init)");
        assertThat(choice.spec()).isEqualTo(SpecLoader.parse(implied.yaml(), "saleslens.yaml"));
        assertThat(choice.locations().at("sources")).startsWith("spec inferred from " + data + " line ");

        SpecChoice resolved = resolver.resolve(SpecRequest.forFolder(data));
        assertThat(resolved.spec()).isEqualTo(choice.spec());
        assertThat(inferred).hasSize(2);
    }

    @Test
    void aMissingDataFolderIsNamed() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> resolver.resolve(SpecRequest.forFolder(missing)))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(missing + ": data folder not found; give the folder that holds the source files")
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.DATA_FOLDER_NOT_FOUND);
        assertThatThrownBy(() -> resolver.implied(missing)).isInstanceOf(SalesLensException.class);
    }
}
