package dev.bulwark.analysis.rules.identity;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Authentication;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the identity rules ask of the system: who is a person, which data matters. */
final class Assets {
  static final ActorKind[] PEOPLE = {ActorKind.USER, ActorKind.STAFF, ActorKind.ADMIN};

  private Assets() {}

  /** The sensitive data a flow carries or its target holds, by id. */
  static List<String> sensitiveAtStake(SystemView system, Interaction flow) {
    Set<String> ids = new LinkedHashSet<>(system.dataOf(List.of(flow.id())));
    ids.addAll(system.dataOf(List.of(flow.target().id())));
    return sensitive(system, ids);
  }

  private static List<String> sensitive(SystemView system, Collection<String> ids) {
    return system.data(ids).stream().filter(SystemView::isSensitive).map(DataAsset::id).toList();
  }

  /** Whether the person also signs in to an identity provider that asks for a second factor. */
  static boolean signsInWithMfa(SystemView system, Node person) {
    return system.from(person.id()).stream()
        .anyMatch(f ->
            f.target().is(ComponentKind.IDENTITY_PROVIDER, ComponentKind.DIRECTORY)
                && (f.has(Control.MFA) || f.flow().authentication() == Authentication.TWO_FACTOR));
  }

  /** Whether a person's access to the target is administrative: an admin, or a control plane. */
  static boolean grantsAdmin(Node person, Node target) {
    return person.is(ActorKind.ADMIN)
        || target.is(
            ComponentKind.ORCHESTRATOR,
            ComponentKind.BUILD_PIPELINE,
            ComponentKind.REPOSITORY,
            ComponentKind.ARTIFACT_REGISTRY,
            ComponentKind.SECRET_STORE,
            ComponentKind.KEY_MANAGEMENT);
  }

  /**
   * Whether the component is one of our services that could check an end user's rights itself. Data
   * stores are normally reached with a technical account, and services run by others do not know
   * our users.
   */
  static boolean checksUserRights(Node node) {
    return node.is(
        ComponentKind.SERVICE,
        ComponentKind.WEB_APP,
        ComponentKind.API_GATEWAY,
        ComponentKind.FUNCTION);
  }
}
