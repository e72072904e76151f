package org.w3id.iomidf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code idf-ld} command line: turns arguments into one typed configuration per command and hands it to
 * the pipeline. Nothing imports this package.
 *
 * <pre>
 * java -jar idf-ld.jar build pages/ --out site/
 * java -jar idf-ld.jar parse pages/FM.0283-fr.txt
 * </pre>
 */
@Command(
        name = "idf-ld",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Publishes IOM Development Fund project pages as validated linked data.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ParseCommand.class,
            BuildCommand.class,
            ServeCommand.class,
            GenerateCommand.class,
            HarvestCommand.class,
            PublishCommand.class
        })
public final class Main {

    /** Exit code: success. */
    static final int OK = 0;
    /** Exit code: the run completed but some input was quarantined or reported. */
    static final int INPUT_PROBLEMS = 1;
    /** Exit code: wrong usage (picocli's own). */
    static final int USAGE = 2;
    /** Exit code: the run could not complete (I/O failure, corrupt database, ...). */
    static final int FAILURE = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("idf-ld: " + ex.getMessage());
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", ex);
            return FAILURE;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"idf-ld " + (v == null ? "dev" : v)};
        }
    }
}
