package dev.bulwark.cli;

import dev.bulwark.model.write.ModelSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark schema}: prints the JSON Schema of the model format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema of the model format, for editors and other tools.",
      "",
      "Editors with a YAML language server complete and check model files with it; see"
          + " docs/editors.md."
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    String schema = ModelSchema.json();
    if (output == null) {
      spec.commandLine().getOut().print(schema);
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    try {
      Outputs.writeAtomically(output, schema);
      return ExitCode.OK;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("bulwark: cannot write " + output + ": " + e.getMessage());
      return ExitCode.FAILURE;
    }
  }
}
