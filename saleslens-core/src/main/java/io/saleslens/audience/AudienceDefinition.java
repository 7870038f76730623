package io.saleslens.audience;

import java.util.Optional;

/**
 * One customer list an action of the report contacts. Its id names the files ({@code audiences/<id>.csv}) and is what
 * a department profile's action names under {@code audience:}.
 */
interface AudienceDefinition {

    String id();

    /**
     * Which scored customers the list holds, from the run's figures; empty when the figures give the action no
     * customers (so no file is written and the report links none).
     */
    Optional<AudienceSelection> select(AudienceInput input);
}
