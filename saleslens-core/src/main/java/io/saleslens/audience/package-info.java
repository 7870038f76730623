/**
 * The customer lists behind the report's actions: for every action that targets customers (the win-back calls), the
 * engine writes who to contact and a random holdout to leave alone, as CSV and Parquet under {@code audiences/}, so
 * that a later run can measure what the action did. The rows stay in the engine; only the counts reach Java.
 */
package io.saleslens.audience;
