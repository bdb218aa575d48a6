package dev.bulwark.interop.tmt;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.Component;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.EncryptionAtRest;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Protocol;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a Bulwark element is in the Threat Modeling Tool's terms when it carries no {@code tmt.*}
 * tags (a model written for Bulwark): its stencil types and the few properties of the tool's core
 * template that a Bulwark field states. Specific stencils use the ids of the core template ("SDL TM
 * Knowledge Base (Core)", {@code default.tb7}), which the Azure template shares for the same
 * things.
 */
final class NativeFacts {
  static final String PROCESS = "GE.P";
  static final String INTERACTOR = "GE.EI";
  static final String STORE = "GE.DS";
  static final String FLOW = "GE.DF";
  static final String BORDER = "GE.TB.B";

  /** Component kinds a data-flow diagram draws as data stores. */
  private static final Set<ComponentKind> STORES =
      EnumSet.of(
          ComponentKind.DATABASE,
          ComponentKind.CACHE,
          ComponentKind.SEARCH_INDEX,
          ComponentKind.QUEUE,
          ComponentKind.STORAGE,
          ComponentKind.FILE_SHARE,
          ComponentKind.SECRET_STORE,
          ComponentKind.VECTOR_STORE,
          ComponentKind.REPOSITORY,
          ComponentKind.ARTIFACT_REGISTRY,
          ComponentKind.MONITORING);

  private NativeFacts() {}

  /** The stencil types of an actor or component, generic first. */
  static List<String> stencils(Node node) {
    List<String> stencils = new ArrayList<>();
    if (node.actor().isPresent()) {
      stencils.add(INTERACTOR);
      ActorKind kind = node.actor().get().kind();
      stencils.add(
          kind == ActorKind.SYSTEM || kind == ActorKind.DEVICE
              ? "SE.EI.TMCore.WebSvc"
              : "SE.EI.TMCore.User");
      return stencils;
    }
    ComponentKind kind = node.component().orElseThrow().kind();
    if (kind == ComponentKind.EXTERNAL_SERVICE) {
      return List.of(INTERACTOR, "SE.EI.TMCore.WebSvc");
    }
    stencils.add(STORES.contains(kind) ? STORE : PROCESS);
    specific(kind).ifPresent(stencils::add);
    return stencils;
  }

  private static Optional<String> specific(ComponentKind kind) {
    return Optional.ofNullable(
        switch (kind) {
          case WEB_APP -> "SE.P.TMCore.WebApp";
          case SERVICE, API_GATEWAY -> "SE.P.TMCore.WebSvc";
          case DESKTOP_APP -> "SE.P.TMCore.ThickClient";
          case DATABASE -> "SE.DS.TMCore.SQL";
          case CACHE -> "SE.DS.TMCore.Cache";
          case STORAGE -> "SE.DS.TMCore.CloudStorage";
          case FILE_SHARE -> "SE.DS.TMCore.FS";
          default -> null;
        });
  }

  /** The stencil types of a flow: the generic data flow, and its protocol's where there is one. */
  static List<String> stencils(Flow flow) {
    String specific =
        switch (flow.protocol()) {
          case HTTPS, WSS, GRPCS -> "SE.DF.TMCore.HTTPS";
          case HTTP, WS, GRPC -> "SE.DF.TMCore.HTTP";
          case SMB -> "SE.DF.TMCore.SMB";
          case UDP -> "SE.DF.TMCore.UDP";
          case TCP -> "SE.DF.TMCore.Binary";
          default -> null;
        };
    return specific == null ? List.of(FLOW) : List.of(FLOW, specific);
  }

  /** A property of the core template that a Bulwark field states, as the template spells values. */
  static Optional<String> property(Interaction interaction, Filter.Role role, String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return switch (role) {
      case FLOW -> flowProperty(interaction, key);
      case SOURCE -> nodeProperty(interaction.source(), key);
      case TARGET -> nodeProperty(interaction.target(), key);
    };
  }

  private static Optional<String> flowProperty(Interaction interaction, String key) {
    Protocol protocol = interaction.flow().protocol();
    return switch (key) {
      case "authenticatessource" -> Optional.of(yes(interaction.authenticated()));
      case "authenticatesdestination", "providesconfidentiality", "providesintegrity" ->
          Optional.of(yes(protocol.encrypted()));
      default -> Optional.empty();
    };
  }

  private static Optional<String> nodeProperty(Node node, String key) {
    if (node.actor().isPresent()) {
      ActorKind kind = node.actor().get().kind();
      return key.equals("type")
          ? Optional.of(kind == ActorKind.SYSTEM || kind == ActorKind.DEVICE ? "Code" : "Human")
          : Optional.empty();
    }
    Component component = node.component().orElseThrow();
    return switch (key) {
      case "hasinputsanitizers" -> Optional.of(yes(node.has(Control.INPUT_VALIDATION)));
      case "hasoutputsanitizers" -> Optional.of(yes(node.has(Control.OUTPUT_ENCODING)));
      case "storeslogdata" -> Optional.of(yes(component.kind() == ComponentKind.MONITORING));
      case "storescredentials" -> Optional.of(yes(component.kind() == ComponentKind.SECRET_STORE));
      case "encrypted" -> Optional.of(yes(component.encryptionAtRest() != EncryptionAtRest.NONE));
      default -> Optional.empty();
    };
  }

  private static String yes(boolean value) {
    return value ? "Yes" : "No";
  }
}
