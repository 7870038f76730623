package io.saleslens.cli;

import io.saleslens.error.SalesLensException;
import io.saleslens.spec.AlertSeverity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --fail-on-alert}'s severity, refusing any other word with the ones it may be. */
final class AlertSeverityConverter implements ITypeConverter<AlertSeverity> {
    @Override
    public AlertSeverity convert(String value) {
        try {
            return AlertSeverity.of(value);
        } catch (SalesLensException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
