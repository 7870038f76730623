package io.saleslens.audience;

import io.saleslens.stage.StageResult;
import java.util.List;

/** What the audience stage hands on: the customer lists it wrote. */
public record Audiences(List<Audience> lists) implements StageResult {
    public Audiences {
        lists = List.copyOf(lists);
    }

    @Override
    public long rows() {
        return lists.stream().mapToLong(Audience::customers).sum();
    }
}
