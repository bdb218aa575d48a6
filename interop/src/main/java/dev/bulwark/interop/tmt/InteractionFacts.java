package dev.bulwark.interop.tmt;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One interaction (source → flow → target) as a generation filter sees it. Stencil types and
 * property values come from the elements' {@code tmt.*} tags (see {@link TmtTags}) where they have
 * them, else from their Bulwark fields ({@link NativeFacts}); a type matches itself and every type
 * it derives from in the template. The boundaries a flow crosses are the zones it leaves and enters
 * (each a border boundary of its {@code tmt.type}, or a generic one) and the line boundaries named
 * by its {@code tmt.crosses} tags.
 */
final class InteractionFacts implements Filter.Facts {
  private final Template template;
  private final Interaction interaction;

  InteractionFacts(Template template, Interaction interaction) {
    this.template = template;
    this.interaction = interaction;
  }

  @Override
  public boolean is(Filter.Role role, String stencil) {
    return types(role).contains(stencil.toLowerCase(Locale.ROOT));
  }

  @Override
  public Optional<String> property(Filter.Role role, String name) {
    return TmtTags.property(tags(role), name)
        .or(() -> NativeFacts.property(interaction, role, name));
  }

  @Override
  public boolean crosses(String stencil) {
    String wanted = stencil.toLowerCase(Locale.ROOT);
    List<String> crossed = new ArrayList<>();
    for (Zone zone : interaction.left()) {
      crossed.addAll(zoneTypes(zone));
    }
    for (Zone zone : interaction.entered()) {
      crossed.addAll(zoneTypes(zone));
    }
    crossed.addAll(TmtTags.values(interaction.flow().tags(), TmtTags.CROSSES));
    return crossed.stream().anyMatch(type -> template.lineage(type).contains(wanted));
  }

  /** The stencil types of the element in a role, with all they derive from, in lower case. */
  Set<String> types(Filter.Role role) {
    List<String> tags = tags(role);
    List<String> declared = new ArrayList<>(TmtTags.values(tags, TmtTags.TYPE));
    declared.addAll(TmtTags.values(tags, TmtTags.GENERIC));
    if (declared.isEmpty()) {
      declared =
          switch (role) {
            case FLOW -> NativeFacts.stencils(interaction.flow());
            case SOURCE -> NativeFacts.stencils(interaction.source());
            case TARGET -> NativeFacts.stencils(interaction.target());
          };
    }
    Set<String> all = new LinkedHashSet<>();
    declared.forEach(type -> all.addAll(template.lineage(type)));
    return all;
  }

  private static List<String> zoneTypes(Zone zone) {
    List<String> types = new ArrayList<>(TmtTags.values(zone.tags(), TmtTags.TYPE));
    types.addAll(TmtTags.values(zone.tags(), TmtTags.GENERIC));
    return types.isEmpty() ? List.of(NativeFacts.BORDER) : types;
  }

  private List<String> tags(Filter.Role role) {
    return switch (role) {
      case FLOW -> interaction.flow().tags();
      case SOURCE -> tags(interaction.source());
      case TARGET -> tags(interaction.target());
    };
  }

  private static List<String> tags(Node node) {
    return node.actor()
        .map(a -> a.tags())
        .or(() -> node.component().map(c -> c.tags()))
        .orElse(List.of());
  }
}
