package io.saleslens.run;

/**
 * Hears of every run folder the pipeline publishes, succeeded or failed, right after the rename that publishes it. The
 * folder is already final: a listener that fails is reported as a warning and never unpublishes the run.
 */
@FunctionalInterface
public interface PublicationListener {

    PublicationListener NONE = run -> {};

    void published(PublishedFolder run);
}
