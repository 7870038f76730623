package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A source read from the spec's flat YAML mapping into the options of its kind, and built in code to the same value. */
class SourceSpecTest {
    private static final String SPEC = """
            name: shop
            sources:
              orders: %SOURCE%
            entities:
              customer:
                from: orders
                columns:
                  customer_id: { from: Email }
              product:
                from: orders
                columns:
                  product_number: { from: SKU }
              sale:
                from: orders
                columns:
                  order_number: { from: Name }
                  product_number: { from: SKU }
                  customer_id: { from: Email }
                  order_date: { from: Created, type: date }
                  sales_amount: { from: Total, type: decimal }
            """;

    private static SourceSpec read(String source) {
        return SpecLoader.parse(SPEC.replace("%SOURCE%", source), "shop.yaml").source("orders");
    }

    @Test
    void aCsvSourceReadsItsDialect() {
        SourceSpec source =
                read("{ path: exports/orders.csv, delimiter: ';', encoding: latin-1, quote: none, header: false,"
                        + " null_values: [NA], key: Name, aliases: { Email: [Mail] }, optional: [Note] }");
        assertThat(source.format()).isEqualTo("csv");
        assertThat(source.csv()).isEqualTo(new CsvOptions(";", "latin-1", "none", false));
        assertThat(source.csv().hasHeader()).isFalse();
        assertThat(source.xlsx()).isEqualTo(XlsxOptions.FIRST_SHEET);
        assertThat(source.jdbc()).isNull();
        assertThat(source.fileStem()).isEqualTo("orders");
        assertThat(source)
                .isEqualTo(SourceSpec.file("exports/orders.csv")
                        .delimiter(";")
                        .encoding("latin-1")
                        .quote("none")
                        .header(false)
                        .nullValues(List.of("NA"))
                        .key("Name")
                        .aliases(Map.of("Email", List.of("Mail")))
                        .optional(List.of("Note"))
                        .build());
    }

    @Test
    void aCsvSourceWithoutDialectDetectsIt() {
        SourceSpec source = read("{ path: orders.csv }");
        assertThat(source.csv()).isEqualTo(CsvOptions.DETECTED);
        assertThat(source.csv().hasHeader()).isTrue();
        assertThat(source).isEqualTo(SourceSpec.file("orders.csv").build());
    }

    @Test
    void anXlsxSourceReadsItsSheet() {
        SourceSpec source = read("{ path: orders.xlsx, sheet: Orders }");
        assertThat(source.format()).isEqualTo("xlsx");
        assertThat(source.xlsx()).isEqualTo(new XlsxOptions("Orders"));
        assertThat(source)
                .isEqualTo(SourceSpec.file("orders.xlsx").sheet("Orders").build());
    }

    @Test
    void aJdbcSourceReadsItsTableAndCredentials() {
        SourceSpec source = read(
                "{ jdbc: 'jdbc:postgresql://db/shop', table: sales.orders, user: reader, password_env: PG_PASSWORD }");
        assertThat(source.isJdbc()).isTrue();
        assertThat(source.format()).isEqualTo("jdbc");
        assertThat(source.jdbc())
                .isEqualTo(new JdbcOptions("jdbc:postgresql://db/shop", "sales.orders", "reader", null, "PG_PASSWORD"));
        assertThat(source.fileStem()).isEqualTo("sales.orders");
        assertThat(source.location()).isEqualTo("sales.orders (jdbc:postgresql://db/shop)");
        assertThat(source)
                .isEqualTo(SourceSpec.table("jdbc:postgresql://db/shop", "sales.orders")
                        .user("reader")
                        .passwordEnv("PG_PASSWORD")
                        .build());
    }

    @Test
    void otherFormatsComeFromTheExtensionOrTheFormatKey() {
        assertThat(read("{ path: orders.ndjson }").format()).isEqualTo("jsonl");
        assertThat(read("{ path: orders.parquet }").format()).isEqualTo("parquet");
        assertThat(read("{ path: orders.txt, format: TSV }").format()).isEqualTo("tsv");
        assertThat(read("{ path: orders.txt, format: json }").format()).isEqualTo("jsonl");
    }

    @Test
    void theBuilderOfASourceChangesOnlyWhatItIsTold() {
        SourceSpec source = read("{ path: orders.csv, delimiter: ';', key: Name }");
        SourceSpec moved = source.withPath("orders-2024.csv");
        assertThat(moved.path()).isEqualTo("orders-2024.csv");
        assertThat(moved.csv()).isEqualTo(source.csv());
        assertThat(moved.key()).isEqualTo("Name");
        assertThat(source.toBuilder().build()).isEqualTo(source);
    }

    @Test
    void aSourceWithoutPathOrTableIsRefused() {
        assertThatThrownBy(() -> read("{ delimiter: ';' }"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("shop.yaml line 3: a source needs a path (or 'jdbc' and 'table'); fix the spec");
        assertThatThrownBy(() -> read("{ jdbc: 'jdbc:duckdb:' }"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("shop.yaml line 3: a jdbc source needs a 'table'; fix the spec");
        assertThatThrownBy(() -> SourceSpec.file(" ").build())
                .isInstanceOf(SalesLensException.class)
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.SPEC_INVALID);
    }

    @Test
    void aQuoteOfTwoCharactersIsRefused() {
        assertThatThrownBy(() -> read("{ path: orders.csv, quote: ab }"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("shop.yaml line 3: quote must be one character or 'none', not 'ab'; fix the spec");
    }

    /** The manifest records the spec as JSON: a source keeps the YAML's flat keys, and jdbc says whether it is a table. */
    @Test
    void aSourceIsRecordedInTheYamlsFlatShape() {
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        JsonNode file = json.valueToTree(read("{ path: orders.csv, delimiter: ';', sheet: x }"));
        assertThat(file.fieldNames())
                .toIterable()
                .containsExactly(
                        "path",
                        "format",
                        "delimiter",
                        "encoding",
                        "quote",
                        "header",
                        "null_values",
                        "sheet",
                        "jdbc",
                        "table",
                        "user",
                        "user_env",
                        "password_env",
                        "key",
                        "aliases",
                        "optional");
        assertThat(file.path("delimiter").asText()).isEqualTo(";");
        assertThat(file.path("jdbc").asBoolean()).isFalse();
        JsonNode table = json.valueToTree(read("{ jdbc: 'jdbc:duckdb:', table: t, user_env: DB_USER }"));
        assertThat(table.path("jdbc").asBoolean()).isTrue();
        assertThat(table.path("table").asText()).isEqualTo("t");
        assertThat(table.path("user_env").asText()).isEqualTo("DB_USER");
    }
}
