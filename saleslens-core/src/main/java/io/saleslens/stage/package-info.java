/**
 * The contract between the stages of a run: the {@link io.saleslens.stage.Stage} interface, the
 * {@link io.saleslens.stage.RunContext} each stage receives, the typed results stages hand on
 * ({@link io.saleslens.stage.StageResult}), the catalogue of engine tables ({@link io.saleslens.stage.Tables}) and
 * the shared reads of typed columns and the repair log. Every feature package and the pipeline depend on it; it depends
 * only on the engine, the spec and the errors.
 */
package io.saleslens.stage;
