package dev.bulwark.interop;

import dev.bulwark.interop.composer.ComposerImporter;
import dev.bulwark.interop.otm.OtmImporter;
import dev.bulwark.interop.pytm.PytmImporter;
import dev.bulwark.interop.threagile.ThreagileImporter;
import dev.bulwark.interop.threatdragon.ThreatDragonImporter;
import dev.bulwark.interop.tmbom.TmBomImporter;
import dev.bulwark.interop.tmt.TmtImporter;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every importer Bulwark has, and the choice of one for a file. */
public final class Importers {
  private static final List<Importer> ALL =
      List.of(
          new OtmImporter(),
          new ThreatDragonImporter(),
          new TmBomImporter(),
          new TmtImporter(),
          new ThreagileImporter(),
          new ComposerImporter(),
          new PytmImporter());

  private Importers() {}

  /** Every importer, in the order they are tried when recognising a file. */
  public static List<Importer> all() {
    return ALL;
  }

  /** The importer of that {@code --from} name. */
  public static Optional<Importer> named(String name) {
    return ALL.stream().filter(importer -> importer.name().equals(name)).findFirst();
  }

  /** The first importer that recognises the file. */
  public static Optional<Importer> recognise(Source source) {
    return ALL.stream().filter(importer -> importer.recognises(source)).findFirst();
  }

  /**
   * Reads a file with the importer named, or the one that recognises it; an {@code unknown-format}
   * error when there is none.
   */
  public static Imported read(Source source, Optional<String> from, ParseLimits limits) {
    Optional<Importer> importer = from.isPresent() ? named(from.get()) : recognise(source);
    if (importer.isPresent()) {
      return importer.get().read(source, limits);
    }
    String names = ALL.stream().map(Importer::name).collect(Collectors.joining(", "));
    String message =
        from.isPresent()
            ? "there is no importer named '" + from.get() + "'"
            : "'" + source.file() + "' is in none of the formats Bulwark reads";
    return new Imported(
        Optional.empty(),
        List.of(
            new Problem(
                ProblemType.UNKNOWN_FORMAT,
                new Position(source.file(), 1, 1),
                message,
                "formats: " + names)));
  }
}
