package io.saleslens.spec;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One deal a fixture wrote, as the test knows it: amount and probability null where the file has them blank. */
record DealRow(
        String id,
        String account,
        String stage,
        BigDecimal amount,
        Double probability,
        LocalDate created,
        LocalDate closed,
        String owner,
        String productFamily) {}
