package io.saleslens.spark;

import io.saleslens.engine.BaseEngineTest;
import io.saleslens.engine.Engine;
import java.nio.file.Path;

/** The engine contract on Spark, in the session the module's tests share (each engine starts from empty databases). */
class SparkDialectTest extends BaseEngineTest {

    @Override
    protected Engine openEngine(Path spillDirectory) {
        return SharedSpark.engine();
    }
}
