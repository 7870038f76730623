package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the spec's {@code campaigns:}: each has a unique name, a window of two ISO dates in order, either an
 * audience file or CRM columns (not both), CRM columns that name a source of the spec, and known measures. Whether
 * the files exist and the data covers the window is the run's business: that depends on the data folder.
 */
final class CampaignSpecValidator {
    private CampaignSpecValidator() {}

    static void validate(DatasetSpec spec, String origin) {
        Set<String> names = new HashSet<>();
        List<CampaignSpec> campaigns = spec.campaigns();
        for (int i = 0; i < campaigns.size(); i++) {
            CampaignSpec campaign = campaigns.get(i);
            String at = origin + ": campaigns[" + i + "]";
            if (campaign.name() == null || campaign.name().isBlank()) {
                throw invalid(at + ".name is missing; give every campaign a name, such as name: win-back-2024-q1");
            }
            at = origin + ": campaign '" + campaign.name() + "'";
            if (!names.add(campaign.name())) {
                throw invalid(at + ": two campaigns have this name; give each its own");
            }
            LocalDate start = date(at, "start", campaign.start());
            LocalDate end = date(at, "end", campaign.end());
            if (end.isBefore(start)) {
                throw invalid(at + ": end " + end + " is before start " + start + "; the window is start to end,"
                        + " both included");
            }
            if (campaign.audience() == null && campaign.crm() == null) {
                throw invalid(at + ": say who was targeted: audience: <the treated customers' CSV> (with holdout:"
                        + " <its holdout CSV>), or crm: { from: <source>, customer_id: <column>, contacted: <column>,"
                        + " holdout: <column> }");
            }
            if (campaign.audience() != null && campaign.crm() != null) {
                throw invalid(at + ": give either audience (and holdout) files or crm columns, not both");
            }
            if (campaign.crm() != null) {
                crm(spec, at, campaign);
            }
            for (String measure : campaign.measures()) {
                if (!CampaignSpec.MEASURES.contains(measure)) {
                    throw invalid(
                            at + ": measures lists '" + measure + "'; use " + String.join(", ", CampaignSpec.MEASURES));
                }
            }
        }
    }

    private static void crm(DatasetSpec spec, String at, CampaignSpec campaign) {
        CampaignSpec.CampaignCrmSpec crm = campaign.crm();
        if (campaign.holdout() != null) {
            throw invalid(at + ": holdout names a file but the customers come from crm columns; write the holdout"
                    + " column as crm.holdout");
        }
        if (crm.from() == null || !spec.sources().containsKey(crm.from())) {
            throw invalid(at + ": crm.from " + (crm.from() == null ? "is missing" : "'" + crm.from() + "'")
                    + "; name one of the sources: "
                    + String.join(", ", spec.sources().keySet()));
        }
        if (crm.customerId() == null) {
            throw invalid(
                    at + ": crm.customer_id is missing; name the column of " + crm.from() + " holding the customer id");
        }
        if (crm.contacted() == null) {
            throw invalid(at + ": crm.contacted is missing; name the column of " + crm.from()
                    + " marking the contacted customers (1, true, yes, y or x)");
        }
    }

    private static LocalDate date(String at, String key, String value) {
        if (value == null) {
            throw invalid(at + ": " + key + " is missing; write the window's "
                    + (key.equals("start") ? "first" : "last") + " day as yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(at + ": " + key + " '" + value + "' is not a date; write yyyy-MM-dd, such as 2024-03-01");
        }
    }

    private static SalesLensException invalid(String message) {
        return new SalesLensException(ErrorCode.SPEC_INVALID, message);
    }
}
