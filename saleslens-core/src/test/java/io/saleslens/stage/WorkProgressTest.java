package io.saleslens.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkProgressTest {

    @Test
    void aPartReportsItsBytesAfterTheOnesBeforeItOfTheWholesTotal() {
        List<String> heard = new ArrayList<>();
        WorkProgress whole = (done, total, unit) -> heard.add(done + "/" + total + " " + unit);
        WorkProgress secondFile = whole.after(1_000, 5_000);
        secondFile.advanced(250, 4_000, "bytes");
        assertThat(heard).containsExactly("1250/5000 bytes");
    }
}
