package io.saleslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.filter.ThresholdFilter;
import org.junit.jupiter.api.Test;

/**
 * The log configuration the Spark module ships (the tests run with their own, log4j2-test.properties): Spark's log goes
 * to a file, and the terminal, where progress and the summary are, gets its errors only.
 */
class SparkLoggingTest {

    @Test
    void sparkLogsToAFileAndOnlyErrorsReachTheConsole() throws Exception {
        ConfigurationSource source =
                ConfigurationSource.fromResource("log4j2.properties", SparkLoggingTest.class.getClassLoader());
        Configuration configuration =
                new PropertiesConfigurationFactory().getConfiguration(new LoggerContext("check"), source);
        configuration.initialize();

        assertThat(configuration.getName()).isEqualTo("saleslens-spark");
        FileAppender file = configuration.getAppender("file");
        assertThat(file.getFileName()).endsWith("saleslens-spark.log");
        ConsoleAppender console = configuration.getAppender("console");
        assertThat(((ThresholdFilter) console.getFilter()).getLevel()).isEqualTo(Level.ERROR);
        assertThat(configuration.getRootLogger().getLevel()).isEqualTo(Level.INFO);
        assertThat(configuration.getRootLogger().getAppenders()).containsKeys("file", "console");
    }
}
