package dev.bulwark.analysis.rules.supplychain;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.Exposure;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which components run the product and which build or serve it: shared by the supply rules. */
final class Pipelines {
  /** Kinds that build, store, watch or serve the software rather than run it. */
  private static final Set<ComponentKind> TOOLING =
      EnumSet.of(
          ComponentKind.REPOSITORY,
          ComponentKind.BUILD_PIPELINE,
          ComponentKind.ARTIFACT_REGISTRY,
          ComponentKind.MONITORING,
          ComponentKind.SECRET_STORE,
          ComponentKind.KEY_MANAGEMENT,
          ComponentKind.IDENTITY_PROVIDER,
          ComponentKind.DIRECTORY,
          ComponentKind.EXTERNAL_SERVICE);

  private Pipelines() {}

  /** A component of ours that runs the product. */
  static boolean runtime(Node node) {
    return node.component().map(c -> !TOOLING.contains(c.kind())).orElse(false);
  }

  /** The flows by which a pipeline pushes to runtime components. */
  static List<Interaction> deployments(SystemView system, Node pipeline) {
    return system.from(pipeline.id()).stream().filter(i -> runtime(i.target())).toList();
  }

  /** Runtime components that exchange flows with the node, in either direction. */
  static List<Node> consumers(SystemView system, Node node) {
    return neighbours(system, node).filter(Pipelines::runtime).distinct().toList();
  }

  /** The nodes with a flow to or from this one. */
  static Stream<Node> neighbours(SystemView system, Node node) {
    return Stream.concat(
        system.into(node.id()).stream().map(Interaction::source),
        system.from(node.id()).stream().map(Interaction::target));
  }

  /**
   * Whether the pipeline, or another pipeline sharing a repository or registry with it (the build
   * upstream of a deployer), declares one of these controls.
   */
  static boolean upstreamHas(SystemView system, Node pipeline, List<Control> controls) {
    Set<Node> shared =
        neighbours(system, pipeline)
            .filter(n -> n.is(ComponentKind.REPOSITORY, ComponentKind.ARTIFACT_REGISTRY))
            .collect(Collectors.toSet());
    return Stream.concat(Stream.of(pipeline), shared.stream().flatMap(s -> neighbours(system, s)))
        .filter(n -> n.is(ComponentKind.BUILD_PIPELINE))
        .anyMatch(n -> controls.stream().anyMatch(n::has));
  }

  /**
   * Whether the component, or a build behind the pipelines that deploy it, declares one of these
   * controls; with no pipeline deploying it, any pipeline of the model may be the one building it.
   */
  static boolean builtWith(
      SystemView system, Node node, List<Control> controls, boolean anyBuildHas) {
    List<Node> deployers =
        system.into(node.id()).stream()
            .map(Interaction::source)
            .filter(s -> s.is(ComponentKind.BUILD_PIPELINE))
            .toList();
    return controls.stream().anyMatch(node::has)
        || (deployers.isEmpty()
            ? anyBuildHas
            : deployers.stream().anyMatch(p -> upstreamHas(system, p, controls)));
  }

  /** Whether any build pipeline of the model has one of the controls upstream: once per model. */
  static boolean anyBuildHas(SystemView system, List<Control> controls) {
    return system.nodes().stream()
        .filter(n -> n.is(ComponentKind.BUILD_PIPELINE))
        .anyMatch(p -> upstreamHas(system, p, controls));
  }

  /** Exposed beyond the organisation, or entered by flows from less trusted zones. */
  static boolean reachableFromOutside(SystemView system, Node node) {
    return node.exposure() != Exposure.INTERNAL
        || system.into(node.id()).stream().anyMatch(Interaction::entersMoreTrusted);
  }

  static String ids(List<Node> nodes) {
    return String.join(", ", nodes.stream().map(Node::id).toList());
  }
}
