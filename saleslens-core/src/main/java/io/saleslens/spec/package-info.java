/**
 * The dataset spec: records that say what the sources mean, the YAML loader that checks them, and
 * the presets SalesLens ships (crm-erp).
 */
package io.saleslens.spec;
