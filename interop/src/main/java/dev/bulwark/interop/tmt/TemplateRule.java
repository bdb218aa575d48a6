package dev.bulwark.interop.tmt;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.interop.tmt.Template.ThreatType;
import dev.bulwark.model.Position;
import dev.bulwark.model.Threat;
import java.util.HashSet;
import java.util.Set;

/**
 * One threat type of a Threat Modeling Tool template, run by Bulwark's engine as the tool runs it:
 * for every flow, the interaction (source, flow, target) matches when the include filter holds and
 * the exclude filter does not; the finding is on the flow, which names source and target. A flow
 * that already has a hand-written threat of this type (an imported threat instance, tagged {@code
 * tmt.type}) is skipped: the tool does not generate an instance twice either.
 */
final class TemplateRule implements Rule {
  private final RuleMeta meta;
  private final Template template;
  private final ThreatType type;

  TemplateRule(RuleMeta meta, Template template, ThreatType type) {
    this.meta = meta;
    this.template = template;
    this.type = type;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  /** The threat type's id in the template, e.g. {@code TH153}. */
  String typeId() {
    return type.id();
  }

  /** Where the threat type is written in the template. */
  Position at() {
    return type.at();
  }

  @Override
  public void check(SystemView system, Findings findings) {
    if (type.include().isEmpty()) {
      return;
    }
    Filter include = type.include().get();
    Set<String> recorded = recorded(system);
    for (Interaction interaction : system.interactions()) {
      if (recorded.contains(interaction.id())) {
        continue;
      }
      InteractionFacts facts = new InteractionFacts(template, interaction);
      if (!include.test(facts) || type.exclude().map(e -> e.test(facts)).orElse(false)) {
        continue;
      }
      findings
          .on(interaction.id())
          .fact(
              interaction.describe()
                  + " matches the filter of threat type "
                  + type.id()
                  + " of '"
                  + template.name()
                  + "': "
                  + include.show()
                  + type.exclude().map(e -> ", and not " + e.show()).orElse(""))
          .report(message(interaction));
    }
  }

  private String message(Interaction interaction) {
    String title =
        Placeholders.render(
            type.title(),
            interaction.source().id(),
            interaction.target().id(),
            interaction.flow().id());
    if (!title.equals(type.title())) {
      return title;
    }
    return title
        + " ("
        + interaction.source().id()
        + " → "
        + interaction.flow().id()
        + " → "
        + interaction.target().id()
        + ")";
  }

  /** Flows on which the model already holds a threat of this type. */
  private Set<String> recorded(SystemView system) {
    Set<String> flows = new HashSet<>();
    for (Threat threat : system.model().threats()) {
      boolean ofThisType =
          TmtTags.values(threat.tags(), TmtTags.TYPE).stream()
              .anyMatch(t -> t.equalsIgnoreCase(type.id()));
      if (ofThisType) {
        flows.addAll(threat.affects());
      }
    }
    return flows;
  }
}
