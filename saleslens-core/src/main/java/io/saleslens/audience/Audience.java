package io.saleslens.audience;

import static java.util.Objects.requireNonNull;

/**
 * One customer list the run wrote: its id, how many customers the action counts, how many of them to contact
 * ({@code audiences/<id>.csv}) and how many are held out ({@code audiences/<id>.holdout.csv}).
 */
public record Audience(String id, long customers, long treated, long holdout) {
    public Audience {
        requireNonNull(id, "id is null");
        if (treated + holdout != customers) {
            throw new IllegalArgumentException(
                    "audience " + id + ": " + treated + " treated and " + holdout + " held out are not " + customers);
        }
    }
}
