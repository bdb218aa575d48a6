package dev.bulwark.interop.cyclonedx;

import static dev.bulwark.interop.PeerFile.quote;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a CycloneDX SBOM in JSON, spec versions 1.2 to 1.6: its components (nested ones too) with
 * name, version, package URL, type and licenses. Invalid package URLs are reported with where in
 * the URL the problem is and left out; what else an SBOM holds (hashes, dependencies, services,
 * vulnerabilities...) is reported as not kept.
 */
public final class CycloneDxReader {
  static final Set<String> SPEC_VERSIONS = Set.of("1.2", "1.3", "1.4", "1.5", "1.6");

  static final Set<String> TYPES =
      Set.of(
          "application",
          "framework",
          "library",
          "container",
          "platform",
          "operating-system",
          "device",
          "device-driver",
          "firmware",
          "file",
          "machine-learning-model",
          "data",
          "cryptographic-asset");

  private static final Set<String> COMPONENT_KEYS =
      Set.of("type", "name", "group", "version", "purl", "licenses", "components");

  private static final Set<String> TOP_KEYS =
      Set.of("bomFormat", "specVersion", "metadata", "components", "$schema");

  private final PeerFile r;
  private final List<SbomComponent> components = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  /** Keys of components that are not kept, with how many components carry each. */
  private final Map<String, Integer> unkept = new TreeMap<>();

  private CycloneDxReader(PeerFile file) {
    this.r = file;
  }

  /** Whether a file looks like a CycloneDX SBOM in JSON. */
  public static boolean recognises(Source source) {
    String head = source.head();
    return source.extension().equals("json")
        && head.contains("\"bomFormat\"")
        && head.contains("CycloneDX");
  }

  public static Sbom read(Source source, ParseLimits limits) {
    return new CycloneDxReader(PeerFile.parse(source, limits)).run();
  }

  private Sbom run() {
    Optional<Mapping> root = r.cleanRoot().flatMap(node -> r.body(node, "the SBOM"));
    if (root.isEmpty()) {
      return new Sbom(Optional.empty(), List.of(), r.problems());
    }
    header(root.get());
    Optional<SbomComponent> subject =
        r.mapping(root.get(), "metadata", "the SBOM")
            .flatMap(metadata -> {
              r.leftovers(metadata, Set.of("component"), "'metadata' of the SBOM");
              return r.mapping(metadata, "component", "'metadata'")
                  .flatMap(c -> component(c, "the SBOM's subject ('metadata.component')"));
            });
    Position listAt = r.where(root.get(), "components");
    walk(r.list(root.get(), "components", "the SBOM"), "");
    if (!unkept.isEmpty()) {
      List<String> counted = new ArrayList<>();
      unkept.forEach((key, count) -> counted.add(quote(key) + " (" + count + ")"));
      r.notMapped(
          listAt,
          "components carry "
              + String.join(", ", counted)
              + ", which a component's inventory does not keep",
          "the inventory keeps name, version, purl, type and licenses");
    }
    for (Entry entry : root.get().entries()) {
      if (!TOP_KEYS.contains(entry.key().value()) && PeerFile.informative(entry.value())) {
        r.notMapped(
            entry.key().position(),
            "the SBOM's " + quote(entry.key().value()) + " is not kept",
            "Bulwark keeps the components; see docs/interop.md");
      }
    }
    return new Sbom(subject, components, r.problems());
  }

  private void header(Mapping root) {
    r.requiredText(root, "bomFormat", "the SBOM")
        .filter(format -> !format.value().equals("CycloneDX"))
        .ifPresent(format ->
            r.error(
                ProblemType.UNKNOWN_VALUE,
                format.position(),
                "'bomFormat' is " + quote(format.value()) + ", not 'CycloneDX'",
                "Bulwark reads CycloneDX SBOMs in JSON"));
    r.requiredText(root, "specVersion", "the SBOM")
        .filter(version -> !SPEC_VERSIONS.contains(version.value()))
        .ifPresent(version ->
            r.notMapped(
                version.position(),
                "'specVersion' is "
                    + quote(version.value())
                    + ", not one Bulwark knows; read as if it were 1.6",
                "known: 1.2, 1.3, 1.4, 1.5, 1.6"));
  }

  /** Components and the components inside them, numbered 1, 1.1, 1.2, 2... for messages. */
  private void walk(List<Node> nodes, String number) {
    for (int i = 0; i < nodes.size(); i++) {
      String numbered = number.isEmpty() ? String.valueOf(i + 1) : number + "." + (i + 1);
      String label = "component " + numbered;
      Optional<Mapping> body = r.body(nodes.get(i), label);
      if (body.isEmpty()) {
        continue;
      }
      component(body.get(), label).ifPresent(this::keep);
      for (Entry entry : body.get().entries()) {
        String key = entry.key().value();
        if (!COMPONENT_KEYS.contains(key) && PeerFile.informative(entry.value())) {
          unkept.merge(key, 1, Integer::sum);
        }
      }
      walk(r.list(body.get(), "components", label), numbered);
    }
  }

  private void keep(SbomComponent component) {
    String identity =
        component.purl().orElse(component.name() + "@" + component.version().orElse(""));
    if (seen.add(identity)) {
      components.add(component);
    } else {
      r.notMapped(
          component.position(),
          "component " + quote(identity) + " is listed again; it is kept once",
          "");
    }
  }

  private Optional<SbomComponent> component(Mapping body, String what) {
    Optional<Text> type = r.requiredText(body, "type", what);
    Optional<String> name = r.required(body, "name", what);
    if (type.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    if (!TYPES.contains(type.get().value())) {
      r.notMapped(
          type.get().position(),
          "the type of "
              + what
              + " is "
              + quote(type.get().value())
              + ", which is not a CycloneDX 1.6 type; kept as written",
          "types: " + String.join(", ", TYPES.stream().sorted().toList()));
    }
    String full =
        r.text(body, "group", what).map(group -> group + "/" + name.get()).orElse(name.get());
    return Optional.of(
        new SbomComponent(
            full,
            r.text(body, "version", what),
            r.located(body, "purl", what).flatMap(purl -> purl(purl, what)),
            type.get().value(),
            licenses(body, what),
            body.position()));
  }

  private Optional<String> purl(Text purl, String what) {
    return switch (Purl.parse(purl.value())) {
      case Purl.Valid valid -> Optional.of(purl.value());
      case Purl.Invalid invalid -> {
        Position at = purl.position();
        // the value starts after its opening quote; escapes before the place may shift it
        int column = at.column() + 1 + invalid.offset();
        r.notMapped(
            new Position(at.file(), at.line(), column),
            "the purl of "
                + what
                + ", "
                + quote(purl.value())
                + ", is not a package URL: "
                + invalid.reason()
                + "; the component is kept without it",
            "pkg:type/namespace/name@version?qualifiers#subpath");
        yield Optional.empty();
      }
    };
  }

  private List<String> licenses(Mapping body, String what) {
    List<String> licenses = new ArrayList<>();
    for (Node item : r.list(body, "licenses", what)) {
      Optional<Mapping> choice = r.mapping(item, "a license of " + what);
      if (choice.isEmpty()) {
        continue;
      }
      Optional<String> expression = r.text(choice.get(), "expression", "a license of " + what);
      Optional<String> named =
          r.mapping(choice.get(), "license", "a license of " + what)
              .flatMap(license ->
                  r.text(license, "id", "a license of " + what)
                      .or(() -> r.text(license, "name", "a license of " + what)));
      expression.or(() -> named).ifPresent(licenses::add);
    }
    return licenses;
  }
}
