package io.saleslens.infer;

import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.DedupePolicy;
import io.saleslens.spec.DedupeSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.spec.SourceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Infers a dataset spec for a folder: probes every file, finds the one file of order lines, measures
 * which customer and product files its keys join to (a star schema) or takes the customer and product
 * attributes from the order lines themselves (a flat file), and assembles an ordinary {@link DatasetSpec}.
 * Where a figure would depend on a guess (two candidate columns, dates that read both ways) it stops
 * with a message naming the column and the spec line that settles it.
 */
public final class DatasetInferrer {
    /** Share of a fact's keys a dimension must hold for the two to be joined. */
    static final double MIN_JOIN_SHARE = 0.5;

    private final Engine engine;
    private final SqlDialect sql;

    public DatasetInferrer(Engine engine) {
        this.engine = engine;
        this.sql = engine.dialect();
    }

    /**
     * Infers on a fresh engine, opened by {@code openEngine} on a temporary spill folder (the caller passes the run's
     * engine and settings, so {@code --engine} and the SQL trace apply to inference too); the engine is closed and the
     * folder deleted afterwards.
     */
    public static InferredDataset inferOnNewEngine(Path dataDir, Function<Path, Engine> openEngine) {
        Path spill;
        try {
            spill = Files.createTempDirectory("saleslens-infer-");
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
        try (Engine engine = openEngine.apply(spill)) {
            return new DatasetInferrer(engine).infer(dataDir);
        } finally {
            try (var files = Files.walk(spill)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary folder is harmless.
            }
        }
    }

    public InferredDataset infer(Path dataDir) {
        List<ProbedFile> files = new FileProber(engine).probeFolder(dataDir);
        Map<ProbedFile, FileRole> roles = new LinkedHashMap<>();
        files.forEach(file -> roles.put(file, FileRole.of(file)));
        List<ProbedFile> facts = filesWith(roles, FileRole.ORDER_LINES);
        if (facts.isEmpty()) {
            throw new SalesLensException(ErrorCode.DATASET_UNDECIDABLE, noOrderLines(dataDir, files, roles));
        }
        if (facts.size() > 1) {
            throw new SalesLensException(
                    ErrorCode.DATASET_UNDECIDABLE,
                    dataDir + ": several files look like order lines ("
                            + facts.stream().map(ProbedFile::fileName).collect(Collectors.joining(", "))
                            + "); write a spec that names the one to use and run with --spec");
        }
        ProbedFile fact = facts.get(0);
        Evidence evidence = new Evidence();
        FactColumns factColumns = FactColumns.resolve(fact, engine);
        factColumns.notes().forEach(evidence::note);
        Optional<JoinMatch> customers =
                bestJoin(fact, factColumns.customerId(), filesWith(roles, FileRole.CUSTOMERS), Meaning.CUSTOMER_ID);
        Optional<JoinMatch> products =
                bestJoin(fact, factColumns.productId(), filesWith(roles, FileRole.PRODUCTS), Meaning.PRODUCT_ID);

        var entities = new LinkedHashMap<String, EntitySpec>();
        CustomerEntity customer = CustomerEntity.build(fact, factColumns, customers, evidence);
        entities.put(DatasetSpec.CUSTOMER, customer.entity());
        entities.put(DatasetSpec.PRODUCT, ProductEntity.build(fact, factColumns, products, evidence));
        entities.put(DatasetSpec.SALE, factColumns.saleEntity(customers, products, evidence));

        var sources = new LinkedHashMap<String, SourceSpec>();
        Map<String, String> sourceNotes = new LinkedHashMap<>();
        for (ProbedFile file : files) {
            boolean used = file == fact
                    || customers.map(j -> j.dimension() == file).orElse(false)
                    || products.map(j -> j.dimension() == file).orElse(false);
            if (used) {
                sources.put(file.source(), file.spec());
                sourceNotes.put(
                        file.source(),
                        roles.get(file).label() + ", " + file.rows() + " rows; " + file.dialectEvidence());
            } else {
                evidence.note("not used: " + file.fileName() + " ("
                        + (roles.get(file) == FileRole.OTHER
                                ? "no role recognised"
                                : roles.get(file).label() + ", no key of the order lines joins to it")
                        + ")");
            }
        }
        customers.ifPresentOrElse(
                j -> evidence.note("join " + j.describe()),
                () -> evidence.note("customers: taken from the order lines (" + fact.fileName()
                        + "), one per customer id, the last line wins"));
        products.ifPresentOrElse(
                j -> evidence.note("join " + j.describe()),
                () -> evidence.note("products: taken from the order lines (" + fact.fileName()
                        + "), one per product id, the last line wins"));
        evidence.note(customer.segmentReason());
        DatasetSpec spec = new DatasetSpec("inferred", List.of(), sources, entities, customer.segments());
        return new InferredDataset(spec, sourceNotes, evidence.columns(), evidence.notes());
    }

    /**
     * Why no file is order lines, file by file and column by column: what each column was taken for (or why
     * nothing), what the file lacks, and the spec lines that settle it.
     */
    static String noOrderLines(Path dataDir, List<ProbedFile> files, Map<ProbedFile, FileRole> roles) {
        StringBuilder message =
                new StringBuilder(dataDir + ": no file looks like order lines (that needs a measure column,"
                        + " such as a quantity, unit price or sales amount, and an order id or an order date); write a spec and run with"
                        + " --spec. Looked at:");
        for (ProbedFile file : files) {
            List<String> lacks = new ArrayList<>();
            if (!file.hasMeasures()) {
                lacks.add("no measure");
            }
            if (!file.has(Meaning.ORDER_ID) && !file.has(Meaning.ORDER_DATE)) {
                lacks.add("no order id or order date");
            }
            message.append("\n  ")
                    .append(file.fileName())
                    .append(" (")
                    .append(file.rows())
                    .append(" rows; ")
                    .append(
                            roles.get(file) == FileRole.OTHER
                                    ? "no role"
                                    : roles.get(file).label())
                    .append(lacks.isEmpty() ? "" : "; " + String.join(", ", lacks))
                    .append("): ")
                    .append(file.columns().stream().map(ColumnMatch::describe).collect(Collectors.joining(", ")));
        }
        message.append("\nIn the spec, under entities.sale.columns, name the source columns (replace <column>):")
                .append("\n  order_number: { from: <column>, required: true }")
                .append("\n  order_date: { from: <column>, type: date }")
                .append("\n  customer_id: { from: <column> }")
                .append("\n  product_number: { from: <column> }")
                .append("\n  quantity: { from: <column>, type: integer }")
                .append("\n  sales_amount: { from: <column>, type: decimal }");
        return message.toString();
    }

    private static List<ProbedFile> filesWith(Map<ProbedFile, FileRole> roles, FileRole role) {
        return roles.entrySet().stream()
                .filter(e -> e.getValue() == role)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The dimension column that holds the largest share of the fact's key values, if any holds enough. */
    private Optional<JoinMatch> bestJoin(
            ProbedFile fact, ColumnMatch factKey, List<ProbedFile> dimensions, Meaning keyMeaning) {
        JoinMatch best = null;
        for (ProbedFile dimension : dimensions) {
            List<ColumnMatch> candidates = dimension.withMeaning(keyMeaning);
            if (candidates.isEmpty()) {
                // A key named otherwise (SKU, Code...) still qualifies when its values are unique.
                candidates = dimension.columns().stream()
                        .filter(c -> c.values() > 0 && c.distinct() == c.values())
                        .toList();
            }
            for (ColumnMatch candidate : candidates) {
                JoinMatch match = measure(fact, factKey, dimension, candidate);
                if (best == null || match.matched() > best.matched()) {
                    best = match;
                }
            }
        }
        return Optional.ofNullable(best).filter(match -> match.share() >= MIN_JOIN_SHARE);
    }

    private JoinMatch measure(ProbedFile fact, ColumnMatch factKey, ProbedFile dimension, ColumnMatch dimensionKey) {
        String f = "NULLIF(trim(" + sql.quote(factKey.column()) + "), '')";
        String d = "NULLIF(trim(" + sql.quote(dimensionKey.column()) + "), '')";
        Map<String, Object> row = engine.query(
                        "WITH f AS (SELECT DISTINCT " + f + " AS k FROM " + fact.table() + " WHERE " + f
                                + " IS NOT NULL), d AS (SELECT DISTINCT " + d + " AS k FROM " + dimension.table() + ")"
                                + " SELECT count(f.k) AS keys, count(d.k) AS matched FROM f LEFT JOIN d ON f.k = d.k")
                .get(0);
        return new JoinMatch(
                fact,
                factKey,
                dimension,
                dimensionKey,
                ((Number) row.get("keys")).longValue(),
                ((Number) row.get("matched")).longValue());
    }

    /** Key columns compare as integers only when both sides hold integers; otherwise as text. */
    static ColumnSpec key(ColumnMatch column, ColumnMatch other, boolean required) {
        boolean integers = column.format().kind() == ValueFormat.Kind.INTEGER
                && (other == null || other.format().kind() == ValueFormat.Kind.INTEGER);
        return integers ? SpecColumns.integer(column, required) : SpecColumns.text(column, required);
    }

    static DedupeSpec keepLast() {
        return new DedupeSpec(DedupePolicy.LAST, null);
    }
}
