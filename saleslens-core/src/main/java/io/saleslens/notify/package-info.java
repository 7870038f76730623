/**
 * Notifications: the alerts a run sends go out after the reports as a JSON digest to a webhook and as one e-mail per
 * owner department; a delivery that fails is retried with backoff, then recorded in alerts.json and the manifest
 * without failing the run.
 */
package io.saleslens.notify;
