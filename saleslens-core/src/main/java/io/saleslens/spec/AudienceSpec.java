package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the customer lists of the report's actions are written (the spec's {@code audiences:}).
 *
 * @param holdout the share of each list held out at random and not contacted, as a percentage ({@code 10%} when not
 *     given), so that comparing the contacted customers with the held-out ones measures what the action did
 */
public record AudienceSpec(String holdout) {
    public static final String DEFAULT_HOLDOUT = "10%";
    private static final Pattern PERCENTAGE = Pattern.compile("\\s*([0-9]+(?:[.][0-9]+)?)\\s*%\\s*");

    public AudienceSpec {
        holdout = holdout == null ? DEFAULT_HOLDOUT : holdout.trim();
        share(holdout);
    }

    /** The spec's defaults: a 10 % holdout. */
    public static AudienceSpec defaults() {
        return new AudienceSpec(null);
    }

    /** The holdout as a share between 0 and 1 (0.1 for 10%). */
    public double holdoutShare() {
        return share(holdout);
    }

    private static double share(String text) {
        Matcher matcher = PERCENTAGE.matcher(text);
        BigDecimal percent = matcher.matches() ? new BigDecimal(matcher.group(1)) : null;
        if (percent == null || percent.compareTo(BigDecimal.valueOf(50)) > 0) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "audiences.holdout '" + text + "' is not a holdout share; write a percentage from 0% to 50%, such"
                            + " as audiences: { holdout: 10% }");
        }
        return percent.movePointLeft(2).doubleValue();
    }
}
