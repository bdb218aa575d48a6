package dev.bulwark.interop.tmt;

import dev.bulwark.interop.tmt.Template.Attribute;
import dev.bulwark.interop.tmt.Template.Stencil;
import dev.bulwark.interop.tmt.Template.ThreatType;
import dev.bulwark.model.Position;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a knowledge base from its XML: the root of a template ({@code <KnowledgeBase>} in a {@code
 * .tb7}) or the {@code <KnowledgeBase>} inside a model ({@code .tm7}). The two spell a few names
 * differently ({@code ID}/{@code Id}, {@code ParentElement}/{@code ParentId}, the manifest's
 * attributes or children); both are accepted. A threat type whose filter does not parse is left out
 * with a {@code syntax-error} at the place in the filter.
 */
final class TemplateReader {
  private final List<Problem> problems;

  private TemplateReader(List<Problem> problems) {
    this.problems = problems;
  }

  static Template read(XmlTree root, List<Problem> problems) {
    return new TemplateReader(problems).template(root);
  }

  private Template template(XmlTree root) {
    Optional<XmlTree> manifest = root.child("Manifest");
    String name =
        manifest
            .flatMap(m -> m.text("Name").or(() -> Optional.ofNullable(m.attributes().get("name"))))
            .orElse("");
    String version =
        manifest
            .flatMap(
                m -> m.text("Version").or(() -> Optional.ofNullable(m.attributes().get("version"))))
            .orElse("");
    Map<String, Stencil> stencils = new LinkedHashMap<>();
    for (String section : List.of("GenericElements", "StandardElements")) {
      for (XmlTree type : root.under(section)) {
        stencil(type).ifPresent(s -> stencils.putIfAbsent(s.id(), s));
      }
    }
    Map<String, String> categories = new LinkedHashMap<>();
    for (XmlTree category : root.under("ThreatCategories")) {
      Optional<String> id = category.text("Id");
      id.ifPresent(i -> categories.putIfAbsent(i, category.text("Name").orElse(i)));
    }
    List<ThreatType> threatTypes = new ArrayList<>();
    for (XmlTree type : root.under("ThreatTypes")) {
      threatType(type).ifPresent(threatTypes::add);
    }
    return new Template(name, version, stencils, categories, threatTypes);
  }

  private Optional<Stencil> stencil(XmlTree type) {
    Optional<String> id = type.text("Id").or(() -> type.text("ID"));
    if (id.isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.MISSING_FIELD,
              type.at(),
              "a stencil type (<" + type.name() + ">) has no <Id>; it is left out"));
      return Optional.empty();
    }
    String parent = type.text("ParentId").or(() -> type.text("ParentElement")).orElse("");
    List<Attribute> attributes = new ArrayList<>();
    for (XmlTree attribute : type.under("Attributes")) {
      Optional<String> name = attribute.text("Name");
      if (name.isPresent()) {
        List<String> values =
            attribute.under("AttributeValues").stream().map(XmlTree::text).toList();
        attributes.add(
            new Attribute(name.get(), attribute.text("DisplayName").orElse(name.get()), values));
      }
    }
    return Optional.of(
        new Stencil(id.get(), parent, type.text("Name").orElse(id.get()), attributes));
  }

  private Optional<ThreatType> threatType(XmlTree type) {
    Optional<String> id = type.text("Id").or(() -> type.text("ID"));
    if (id.isEmpty()) {
      problems.add(
          new Problem(
              ProblemType.MISSING_FIELD,
              type.at(),
              "a threat type has no <Id>; it is left out",
              "every <ThreatType> names its id, e.g. <Id>S1</Id>"));
      return Optional.empty();
    }
    Optional<XmlTree> filters = type.child("GenerationFilters");
    Optional<Optional<Filter>> include =
        filters.flatMap(f -> f.child("Include")).flatMap(this::filter);
    Optional<Optional<Filter>> exclude =
        filters.flatMap(f -> f.child("Exclude")).flatMap(this::filter);
    if (filters.isPresent()
        && (filters.get().child("Include").isPresent() && include.isEmpty()
            || filters.get().child("Exclude").isPresent() && exclude.isEmpty())) {
      return Optional.empty(); // the syntax error is reported
    }
    Map<String, String> meta = metadata(type);
    return Optional.of(
        new ThreatType(
            id.get(),
            type.text("ShortTitle").orElse(id.get()),
            type.text("Category").orElse(""),
            type.text("Description")
                .orElseGet(() -> meta.getOrDefault("UserThreatDescription", "")),
            meta.getOrDefault("PossibleMitigations", ""),
            include.flatMap(f -> f),
            exclude.flatMap(f -> f),
            type.at()));
  }

  /** A filter, or empty (wrapped) for a blank one; an outer empty for a syntax error. */
  private Optional<Optional<Filter>> filter(XmlTree element) {
    try {
      return Optional.of(FilterParser.parse(element.text()));
    } catch (FilterSyntaxException e) {
      problems.add(
          new Problem(
              ProblemType.SYNTAX_ERROR,
              positionIn(element, e.offset()),
              "the <"
                  + element.name()
                  + "> filter '"
                  + element.text()
                  + "' does not parse: "
                  + e.getMessage(),
              "see docs/interop.md for the filter language"));
      return Optional.empty();
    }
  }

  /** The first value of each threat-metadata entry, by its name. */
  private static Map<String, String> metadata(XmlTree type) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (XmlTree datum : type.under("PropertiesMetaData")) {
      Optional<String> name = datum.text("Name");
      Optional<String> value =
          datum.under("Values").stream()
              .filter(v -> !v.isNil() && !v.text().isEmpty())
              .map(XmlTree::text)
              .findFirst();
      if (name.isPresent() && value.isPresent()) {
        meta.putIfAbsent(name.get(), value.get());
      }
    }
    return meta;
  }

  /** Where the character at {@code offset} of an element's trimmed text is. */
  static Position positionIn(XmlTree element, int offset) {
    Position start = element.textAt();
    int line = start.line();
    int column = start.column();
    String text = element.text();
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    if (offset > text.length()) {
      column += offset - text.length();
    }
    return new Position(start.file(), line, column);
  }
}
