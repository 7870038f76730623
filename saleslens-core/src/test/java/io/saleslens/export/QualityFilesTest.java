package io.saleslens.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.spec.SourceSpec;
import io.saleslens.stage.RepairLog;
import io.saleslens.stage.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityFilesTest {
    @TempDir
    Path dir;

    private DuckDbEngine engine;
    private QualityFiles files;

    @BeforeEach
    void open() {
        engine = new DuckDbEngine(dir.resolve("spill"), null);
        files = new QualityFiles(engine);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAndPlainNumbersStayNumbers() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")");
        cases.put("+1+2", "'+1+2");
        cases.put("-1+2", "'-1+2");
        cases.put("@SUM(A1)", "'@SUM(A1)");
        cases.put("\t=1", "'\t=1");
        cases.put("\r=1", "'\r=1");
        cases.put("-12.5", "-12.5");
        cases.put("+3", "+3");
        cases.put("12", "12");
        cases.put("SO43697", "SO43697");
        cases.put("a=b", "a=b");
        cases.forEach((value, expected) -> assertThat(cell(value)).as(value).isEqualTo(expected));
    }

    @Test
    void aNulCharacterIsWrittenAsBackslashZero() {
        assertThat(engine.query("SELECT " + files.forPeople("concat(chr(0), '21768')") + " AS v")
                        .get(0)
                        .get("v"))
                .isEqualTo("\\021768");
        assertThat(engine.query("SELECT " + files.forPeople("CAST(NULL AS STRING)") + " AS v")
                        .get(0)
                        .get("v"))
                .isNull();
    }

    @Test
    void repairsCsvNeutralisesTheOldAndNewValuesAndTheKey() throws Exception {
        RepairLog.create(engine);
        engine.execute("CREATE TABLE bronze.sales AS SELECT 2 AS _line, '=cmd|'' /C calc''!A0' AS sls_ord_num");
        engine.execute("INSERT INTO " + Tables.REPAIR_LOG
                + " VALUES ('sales', 2, 'sales_amount', '-20', '=1+1', 'sale.sales_amount')");
        SourceSpec spec = SourceSpec.file("sales.csv").key("sls_ord_num").build();
        Path csv = dir.resolve("repairs.csv");
        engine.writeCsv(files.repairs("sales", "sales", spec, List.of("sls_ord_num")), csv);
        assertThat(Files.readAllLines(csv))
                .containsExactly(
                        "source,line,key,column,old_value,new_value,rule,file",
                        "sales,2,'=cmd|' /C calc'!A0,sales_amount,-20,'=1+1,sale.sales_amount,sales.csv");
    }

    private String cell(String value) {
        return (String)
                engine.query("SELECT " + files.forPeople(engine.dialect().literal(value)) + " AS v")
                        .get(0)
                        .get("v");
    }
}
