package io.saleslens.run;

/** The SalesLens version, read from the jar's manifest; "dev" when running from classes. */
public final class Version {
    private Version() {}

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }
}
