/**
 * Alerts: the spec's rules and the shipped defaults evaluated on a run's figures, its comparison with the previous run
 * and the metric history; an alert that held in the previous run is ongoing and is sent again only when it clears or
 * gets worse by its step. The outcomes, and later their deliveries, are written to alerts.json.
 */
package io.saleslens.alert;
