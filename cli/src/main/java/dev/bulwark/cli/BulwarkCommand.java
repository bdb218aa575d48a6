package dev.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code bulwark} command; it only groups the subcommands. */
@Command(
    name = "bulwark",
    mixinStandardHelpOptions = true,
    versionProvider = BulwarkCommand.Version.class,
    description = {
      "Threat modeling as code: validate a model of your system, derive its threats, and keep"
          + " them in your pipeline.",
      ""
    },
    subcommands = {
      ValidateCommand.class,
      AnalyzeCommand.class,
      ReportCommand.class,
      RulesCommand.class,
      SchemaCommand.class,
      InitCommand.class,
      KbCommand.class,
      RiskCommand.class,
      PathsCommand.class,
      DiffCommand.class,
      TreeCommand.class,
      TemplatesCommand.class,
      GateCommand.class,
      ConvertCommand.class,
      PlanCommand.class,
      CheckStaleCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  bulwark gate: the policy is violated",
      "  2  a model is invalid",
      "  3  the command line is wrong",
      "  4  output could not be written, or an internal error",
      "",
      "Docs: docs/cli.md and docs/model-format.md in the Bulwark repository."
    })
public final class BulwarkCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command line with Bulwark's exit codes and error handling. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new BulwarkCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(BulwarkCommand::usageError);
    commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
      PrintWriter err = line.getErr();
      err.println("bulwark: internal error: " + exception);
      if (System.getenv("BULWARK_DEBUG") != null) {
        exception.printStackTrace(err);
      } else {
        err.println("Set BULWARK_DEBUG=1 for the stack trace, and please report it.");
      }
      return ExitCode.FAILURE;
    });
    commandLine.setExitCodeExceptionMapper(exception -> ExitCode.FAILURE);
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("bulwark: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("See '" + line.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCode.USAGE;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    /** Bulwark's version, from the build. */
    static String number() {
      Properties properties = new Properties();
      try (InputStream in = BulwarkCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
      return new String[] {
        "bulwark " + number(),
        "model format " + dev.bulwark.model.Model.FORMAT_VERSION,
        "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
      };
    }
  }
}
