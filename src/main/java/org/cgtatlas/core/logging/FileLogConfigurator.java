package org.cgtatlas.core.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * The log set up in code: a rolling file in the data folder's {@code logs/} (the launcher sets {@value #LOG_DIR}
 * first). Logback finds it as a service before its XML configurator, which would cost start-up hundreds of classes
 * to read a fixed file. A {@code logback-test.xml} on the class path (the tests') or a named configuration file wins.
 */
public final class FileLogConfigurator extends ContextAwareBase implements Configurator {

    public static final String LOG_DIR = "cgt.atlas.logdir";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || FileLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String fallback = Path.of(System.getProperty("java.io.tmpdir"), "cgt-atlas-logs").toString();
        configure(context, Path.of(System.getProperty(LOG_DIR, fallback)));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Logs INFO and above (Flyway's WARN and above) to {@code folder}/cgt-atlas.log, rolled daily and at 10 MB. */
    static void configure(LoggerContext context, Path folder) {
        // Logback's own status report (e.g. a log folder that cannot be created) would bury the app's message.
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(folder.resolve("cgt-atlas.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("cgt-atlas.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        appender.setRollingPolicy(rolling);
        appender.setEncoder(encoder);
        appender.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
    }
}
