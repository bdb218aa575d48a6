package dev.bulwark.cli;

import dev.bulwark.interop.Source;
import dev.bulwark.interop.cyclonedx.CycloneDxReader;
import dev.bulwark.interop.cyclonedx.FieldEdit;
import dev.bulwark.interop.cyclonedx.Sbom;
import dev.bulwark.interop.cyclonedx.SbomComponent;
import dev.bulwark.interop.cyclonedx.SbomInventory;
import dev.bulwark.model.Component;
import dev.bulwark.model.InventoryItem;
import dev.bulwark.model.load.LoadOptions;
import dev.bulwark.model.load.LoadResult;
import dev.bulwark.model.load.ModelLoader;
import dev.bulwark.model.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code bulwark convert sbom.json --into model.yaml --component api}: a CycloneDX SBOM's
 * components become the inventory of one component of a model file. The file is edited in place (or
 * written to {@code -o}) with every other byte kept, and only after the edited model has been
 * loaded, validated and found to hold exactly the SBOM's packages.
 */
final class ConvertInto {
  private static final String BOM = "\uFEFF";
  private static final Style PLAIN = new Style(false);

  private final LoadOptions options;
  private final PrintWriter err;

  ConvertInto(LoadOptions options, PrintWriter err) {
    this.options = options;
    this.err = err;
  }

  /** Sets the inventory of {@code id} in {@code model} from {@code sbomFile}; the exit code. */
  int run(Path sbomFile, Path model, String id, Optional<Path> output) {
    Optional<Sbom> sbom = readSbom(sbomFile);
    if (sbom.isEmpty()) {
      return ExitCode.INVALID_MODEL;
    }
    LoadResult before = ModelLoader.load(model, options);
    if (!before.valid()) {
      before.problems().forEach(problem -> ValidateCommand.print(err, PLAIN, problem));
      err.println(model + ": has errors; fix them before adding an inventory (nothing written)");
      return ExitCode.INVALID_MODEL;
    }
    Optional<String> text = readText(model);
    if (text.isEmpty()) {
      return ExitCode.FAILURE;
    }
    boolean crlf = text.get().contains("\r\n");
    boolean bom = text.get().startsWith(BOM);
    String plain = text.get().substring(bom ? 1 : 0).replace("\r\n", "\n");
    List<SbomComponent> packages = sbom.get().components();
    FieldEdit.Result result =
        SbomInventory.into(model.toString(), plain, id, packages, options.limits());
    if (result instanceof FieldEdit.Refused refused) {
      ValidateCommand.print(err, PLAIN, refused.problem());
      err.println(model + ": unchanged");
      return ExitCode.INVALID_MODEL;
    }
    String edited = ((FieldEdit.Edited) result).text();
    String written = (bom ? BOM : "") + (crlf ? edited.replace("\n", "\r\n") : edited);
    Optional<Integer> refusal = check(model, written, id, packages);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    List<InventoryItem> old = component(before, id).map(Component::inventory).orElse(List.of());
    Path target = output.orElse(model);
    if (output.isEmpty() && written.equals(text.get())) {
      err.println(summary(sbomFile, id, target, packages.size(), "unchanged, not rewritten"));
      return ExitCode.OK;
    }
    try {
      Outputs.writeAtomically(target, written);
    } catch (IOException e) {
      err.println("error: cannot write " + target + ": " + e.getMessage());
      return ExitCode.FAILURE;
    }
    err.println(summary(sbomFile, id, target, packages.size(), changes(old, packages)));
    return ExitCode.OK;
  }

  /** The SBOM with its problems printed; empty when it is unusable. */
  private Optional<Sbom> readSbom(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > options.limits().maxFileBytes()) {
        err.println(
            file + ":1:1: error: larger than " + options.limits().maxFileBytes() + " bytes");
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println(file + ":1:1: error: cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    Sbom sbom = CycloneDxReader.read(new Source(file.toString(), bytes), options.limits());
    sbom.problems().forEach(problem -> ValidateCommand.print(err, PLAIN, problem));
    if (sbom.failed()) {
      err.println(file + ": cannot be used (" + errors(sbom.problems()) + " errors)");
      return Optional.empty();
    }
    return Optional.of(sbom);
  }

  /**
   * Loads the edited text as the model file and checks it: valid, and the component's inventory is
   * the SBOM's. An exit code when it is not, which means the edit went wrong: nothing is written.
   */
  private Optional<Integer> check(
      Path model, String written, String id, List<SbomComponent> packages) {
    LoadResult after = ModelLoader.load(model, written.getBytes(StandardCharsets.UTF_8), options);
    if (!after.valid()) {
      after.problems().stream()
          .filter(Problem::isError)
          .forEach(problem -> ValidateCommand.print(err, PLAIN, problem));
      err.println(model + ": the model would not be valid with this inventory; nothing written");
      return Optional.of(ExitCode.INVALID_MODEL);
    }
    boolean landed =
        component(after, id).map(c -> SbomInventory.matches(c.inventory(), packages)).orElse(false);
    if (!landed) {
      err.println(
          model
              + ": the edited file does not read back as the SBOM's inventory of '"
              + id
              + "' (a bug: please report it with the files); nothing written");
      return Optional.of(ExitCode.FAILURE);
    }
    return Optional.empty();
  }

  private static Optional<Component> component(LoadResult result, String id) {
    return result
        .model()
        .flatMap(m -> m.components().stream().filter(c -> c.id().equals(id)).findFirst());
  }

  /** The model file as text; empty (with the reason printed) when it is not UTF-8 or unreadable. */
  private Optional<String> readText(Path model) {
    try {
      byte[] bytes = Files.readAllBytes(model);
      return Optional.of(
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      err.println(model + ":1:1: error: not UTF-8 text");
    } catch (IOException e) {
      err.println("error: cannot read " + model + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  private static String changes(List<InventoryItem> old, List<SbomComponent> packages) {
    SbomInventory.Changes changes = SbomInventory.between(old, packages);
    if (old.isEmpty()) {
      return "new inventory";
    }
    return changes.none()
        ? "same packages"
        : changes.added()
            + " added, "
            + changes.removed()
            + " removed, "
            + changes.newVersions()
            + " with another version";
  }

  private static String summary(Path sbom, String id, Path target, int count, String what) {
    return sbom
        + " (CycloneDX SBOM) → inventory of '"
        + id
        + "' in "
        + target
        + ": "
        + count
        + (count == 1 ? " package" : " packages")
        + " ("
        + what
        + ")";
  }

  private static long errors(List<Problem> problems) {
    return problems.stream().filter(Problem::isError).count();
  }
}
