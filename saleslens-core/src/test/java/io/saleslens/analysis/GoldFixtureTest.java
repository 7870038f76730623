package io.saleslens.analysis;

import io.saleslens.engine.DuckDbEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test over the gold fixture: each test gets a fresh engine holding {@link GoldFixture}'s tables, closed after it. */
abstract class GoldFixtureTest {
    @TempDir
    Path spill;

    DuckDbEngine engine;

    @BeforeEach
    void openFixture() {
        engine = GoldFixture.engine(spill);
    }

    @AfterEach
    void closeFixture() {
        engine.close();
    }
}
