package dev.bulwark.interop.composer;

import dev.bulwark.interop.Ids;
import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Importer;
import dev.bulwark.interop.ModelDraft;
import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.Model;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.ParseLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AWS Threat Composer: a workspace export ({@code .tc.json}), a threat pack or a mitigation pack,
 * or a list of threat statements (its {@code threatStatementExamples.json}). The result holds
 * threats and mitigations and no elements: Threat Composer draws its diagrams as images. A pack
 * imports as a model fragment of threats and mitigations, to be reused as a template. See
 * docs/interop.md.
 */
public final class ComposerImporter implements Importer {
  private static final List<String> SIGNS =
      List.of(
          "\"applicationInfo\"",
          "\"threatSource\"",
          "\"mitigationLinks\"",
          "\"assumptionLinks\"",
          "\"threat-pack\"",
          "\"mitigation-pack\"");

  private static final Set<String> WORKSPACE =
      Set.of(
          "schema",
          "applicationInfo",
          "architecture",
          "dataflow",
          "assumptions",
          "mitigations",
          "threats",
          "mitigationLinks",
          "assumptionLinks");

  private static final Set<String> PACK =
      Set.of(
          "schema",
          "namespace",
          "type",
          "id",
          "name",
          "description",
          "threats",
          "mitigations",
          "mitigationLinks");

  @Override
  public String name() {
    return "threat-composer";
  }

  @Override
  public String title() {
    return "AWS Threat Composer workspace (.tc.json), threat pack or mitigation pack";
  }

  @Override
  public boolean recognises(Source source) {
    if (source.file().toLowerCase(java.util.Locale.ROOT).endsWith(".tc.json")) {
      return true;
    }
    String head = source.head();
    return source.extension().equals("json") && SIGNS.stream().anyMatch(head::contains);
  }

  @Override
  public Imported read(Source source, ParseLimits limits) {
    Context cx = new Context(PeerFile.parse(source, limits));
    Optional<Model> model =
        cx.file
            .cleanRoot()
            .flatMap(root ->
                root instanceof Node.Sequence statements
                    ? Optional.of(statements(cx, source, statements))
                    : cx.file.body(root, "the Threat Composer file").map(m -> mapping(cx, m)));
    return new Imported(model, cx.file.problems());
  }

  private static Model mapping(Context cx, Mapping root) {
    PeerFile r = cx.file;
    Optional<String> type = r.text(root, "type", "the file");
    if (type.filter(t -> t.equals("threat-pack") || t.equals("mitigation-pack")).isPresent()) {
      leftovers(r, root, PACK);
      String name = r.text(root, "name", "the pack").orElse(type.get());
      String id = r.text(root, "id", "the pack").map(Ids::slug).orElse(Ids.slug(name));
      return assemble(
          cx,
          new Heading(
              id.isEmpty() ? type.get() : id, name, r.text(root, "description", "the pack")),
          root,
          List.of(),
          root.position());
    }
    leftovers(r, root, WORKSPACE);
    Optional<Mapping> info = r.mapping(root, "applicationInfo", "the workspace");
    String title =
        info.flatMap(i -> r.text(i, "name", "'applicationInfo'"))
            .orElse("Threat Composer workspace");
    List<String> parts = new ArrayList<>();
    info.flatMap(i -> r.text(i, "description", "'applicationInfo'")).ifPresent(parts::add);
    info.ifPresent(i -> r.leftovers(i, Set.of("name", "description"), "'applicationInfo'"));
    section(r, root, "architecture", "Architecture", parts);
    section(r, root, "dataflow", "Data flow", parts);
    String id = Ids.slug(title);
    return assemble(
        cx,
        new Heading(id.isEmpty() ? "threat-composer" : id, title, Optional.empty()),
        root,
        parts,
        root.position());
  }

  /** A list of threat statements, without mitigations or links. */
  private static Model statements(Context cx, Source source, Node.Sequence items) {
    String name = source.file().replaceAll(".*[/\\\\]", "").replaceAll("\\.json$", "");
    String id = Ids.slug(name);
    List<Items.Item> threats = Items.index(cx, items.items(), "threat", cx.threats);
    return model(
        new Heading(id.isEmpty() ? "threat-statements" : id, name, Optional.empty()),
        Threats.build(cx, threats),
        List.of(),
        items.position());
  }

  private record Heading(String id, String title, Optional<String> description) {}

  private static Model assemble(
      Context cx, Heading heading, Mapping root, List<String> parts, Position at) {
    PeerFile r = cx.file;
    List<Items.Item> threats =
        Items.index(cx, r.list(root, "threats", "the file"), "threat", cx.threats);
    List<Items.Item> mitigations =
        Items.index(cx, r.list(root, "mitigations", "the file"), "mitigation", cx.mitigations);
    List<String> assumed = Assumptions.read(cx, r.list(root, "assumptions", "the file"));
    Assumptions.links(cx, r.list(root, "assumptionLinks", "the file"));
    Threats.Result result = Threats.build(cx, threats);
    Map<String, Set<String>> links =
        Mitigations.links(cx, r.list(root, "mitigationLinks", "the file"));
    List<String> description = new ArrayList<>(parts);
    heading.description().ifPresent(d -> description.add(0, d));
    if (!assumed.isEmpty()) {
      description.add("### Assumptions\n\n" + String.join("\n", assumed));
    }
    return model(
        new Heading(
            heading.id(),
            heading.title(),
            description.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join("\n\n", description))),
        result,
        Mitigations.build(cx, mitigations, links),
        at);
  }

  private static Model model(
      Heading heading, Threats.Result threats, List<Mitigation> mitigations, Position at) {
    ModelDraft draft = new ModelDraft();
    draft.threats.addAll(threats.threats());
    draft.mitigations.addAll(mitigations);
    draft.triage.addAll(threats.triage());
    return draft.build(
        heading.id(),
        heading.title(),
        heading.description(),
        Optional.empty(),
        Optional.empty(),
        Places.of(at));
  }

  /** The description of the architecture or data flow under a heading; its image is reported. */
  private static void section(
      PeerFile r, Mapping root, String key, String heading, List<String> parts) {
    Optional<Mapping> section = r.mapping(root, key, "the workspace");
    section
        .flatMap(s -> r.text(s, "description", PeerFile.quote(key)))
        .ifPresent(text -> parts.add("### " + heading + "\n\n" + text));
    section
        .flatMap(s -> r.get(s, "image"))
        .filter(PeerFile::informative)
        .ifPresent(image ->
            r.notMapped(
                image.position(),
                "the "
                    + heading.toLowerCase(java.util.Locale.ROOT)
                    + " diagram is an image; a Bulwark model has elements instead",
                "model the diagram's elements and flows, or draw them with 'bulwark report'"));
    section.ifPresent(s -> r.leftovers(s, Set.of("description", "image"), PeerFile.quote(key)));
  }

  private static void leftovers(PeerFile r, Mapping root, Set<String> read) {
    for (Entry entry : r.entries(root)) {
      if (!read.contains(entry.key().value()) && PeerFile.informative(entry.value())) {
        r.notMapped(
            entry.key().position(),
            PeerFile.quote(entry.key().value()) + " is not mapped",
            "Bulwark's model has no place for it; see docs/interop.md");
      }
    }
  }
}
