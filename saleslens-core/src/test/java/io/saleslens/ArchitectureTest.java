package io.saleslens;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.saleslens.report.DepartmentProfiles;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.RandomAccessFile;
import java.nio.file.Files;

/**
 * The layers of the house, from the top: the command line, the front door ({@link SalesLens}, which lists the stages),
 * the pipeline ({@code run}), the feature packages that implement the stages, the stage contract ({@code stage}), and at
 * the bottom the engine, the spec and the errors. Imports only run downward.
 */
@AnalyzeClasses(packages = "io.saleslens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FEATURES = {
        "io.saleslens.ingest..",
        "io.saleslens.infer..",
        "io.saleslens.quality..",
        "io.saleslens.model..",
        "io.saleslens.metrics..",
        "io.saleslens.pipeline..",
        "io.saleslens.analysis..",
        "io.saleslens.audience..",
        "io.saleslens.campaign..",
        "io.saleslens.insight..",
        "io.saleslens.compare..",
        "io.saleslens.targets..",
        "io.saleslens.chart..",
        "io.saleslens.report..",
        "io.saleslens.export..",
        "io.saleslens.generate..",
        "io.saleslens.resolve..",
        "io.saleslens.history..",
        "io.saleslens.alert..",
        "io.saleslens.notify.."
    };
    /** The feature packages whose classes run as stages; only ingest among them reads the user's files. */
    private static final String[] STAGE_FEATURES = {
        "io.saleslens.quality..",
        "io.saleslens.model..",
        "io.saleslens.metrics..",
        "io.saleslens.pipeline..",
        "io.saleslens.analysis..",
        "io.saleslens.audience..",
        "io.saleslens.campaign..",
        "io.saleslens.insight..",
        "io.saleslens.compare..",
        "io.saleslens.targets..",
        "io.saleslens.chart..",
        "io.saleslens.report..",
        "io.saleslens.export..",
        "io.saleslens.alert..",
        "io.saleslens.notify.."
    };

    private static final String[] LIBRARIES = {"java..", "javax..", "com.fasterxml.jackson.."};

    @ArchTest
    static final ArchRule packagesFormNoCycle =
            slices().matching("io.saleslens.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule thePipelineKnowsOnlyTheStageContractTheEngineTheSpecAndTheErrors = classes()
            .that()
            .resideInAPackage("io.saleslens.run..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(
                    LIBRARIES,
                    "io.saleslens.run..",
                    "io.saleslens.stage..",
                    "io.saleslens.engine..",
                    "io.saleslens.spec..",
                    "io.saleslens.error.."));

    @ArchTest
    static final ArchRule theStageContractRestsOnTheEngineTheSpecAndTheErrorsOnly = classes()
            .that()
            .resideInAPackage("io.saleslens.stage..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(
                    LIBRARIES,
                    "io.saleslens.stage..",
                    "io.saleslens.engine..",
                    "io.saleslens.spec..",
                    "io.saleslens.error.."));

    @ArchTest
    static final ArchRule featuresDoNotReachUpToThePipelineOrTheFrontDoor = noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.saleslens.run..")
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(SalesLens.class);

    @ArchTest
    static final ArchRule theEngineTheSpecAndTheErrorsDependOnNothingAboveThem = noClasses()
            .that()
            .resideInAnyPackage("io.saleslens.engine..", "io.saleslens.spec..", "io.saleslens.error..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(FEATURES, "io.saleslens.run..", "io.saleslens.stage.."))
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(SalesLens.class);

    @ArchTest
    static final ArchRule onlyTheEngineNamesDuckDb = noClasses()
            .that()
            .resideOutsideOfPackage("io.saleslens.engine..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameStartingWith("DuckDb")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.duckdb..", "org.apache.spark..");

    /**
     * A stage receives what earlier stages produced from the run context, never by reading their files back: the only
     * files the stages read are the user's own (ingest reads the sources, the reports the department profiles).
     */
    @ArchTest
    static final ArchRule stagesDoNotReadFilesOtherStagesWrote = noClasses()
            .that()
            .resideInAnyPackage(STAGE_FEATURES)
            .and()
            .doNotBelongToAnyOf(DepartmentProfiles.class)
            .should()
            .callMethodWhere(target(owner(equivalentTo(Files.class)))
                    .and(target(nameMatching(
                            "read.*|lines|list|walk|find|newInputStream|newBufferedReader|newByteChannel"))))
            .orShould()
            .dependOnClassesThat()
            .belongToAnyOf(FileInputStream.class, FileReader.class, RandomAccessFile.class);

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
