/**
 * The Spark engine: the pipeline's SQL on Spark SQL, for data larger than one machine. Core finds it
 * through {@link io.saleslens.engine.EngineProvider}; nothing in core imports Spark.
 */
package io.saleslens.spark;
