package dev.bulwark.analysis.rules.llm;

import static dev.bulwark.model.Goal.CONFIDENTIALITY;
import static dev.bulwark.model.Goal.PRIVACY;
import static dev.bulwark.model.Stride.INFORMATION_DISCLOSURE;

import dev.bulwark.analysis.Findings;
import dev.bulwark.analysis.Linddun;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.Rule;
import dev.bulwark.analysis.RuleMeta;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.ActorKind;
import dev.bulwark.model.ComponentKind;
import dev.bulwark.model.Control;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Exposure;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A vector store holding personal or confidential data, read by a model that answers many users
 * (users or staff reach it, or a front end exposed beyond the organisation), with no per-user
 * restriction on what retrieval returns. Least privilege on the store, the model or the flow is
 * decisive.
 */
public final class RetrievalAcrossUsers implements Rule {
  static final RuleMeta META =
      RuleMeta.builder("BW-LLM-007")
          .title("Retrieval returns other users' data")
          .stride(INFORMATION_DISCLOSURE)
          .linddun(Linddun.DATA_DISCLOSURE)
          .goals(CONFIDENTIALITY, PRIVACY)
          .cwe("CWE-862")
          .rationale(
              "Similarity search ranks by meaning, not by who may see a document; unless each"
                  + " query is filtered to what the asking user is allowed to read, a well-phrased"
                  + " question surfaces someone else's records in the answer (OWASP LLM08:2025).")
          .mitigations("retrieval-access-filtering")
          .reducedBy(Control.DATA_MASKING)
          .asvs("V4.2.1", "V4.1.3")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SystemView system, Findings findings) {
    for (Node store : system.nodes()) {
      if (!store.is(ComponentKind.VECTOR_STORE) || store.has(Control.LEAST_PRIVILEGE)) {
        continue;
      }
      List<String> held =
          system.data(store.component().orElseThrow().stores()).stream()
              .filter(Reach::confidential)
              .map(DataAsset::id)
              .toList();
      List<Node> models =
          Stream.concat(system.into(store.id()).stream(), system.from(store.id()).stream())
              .filter(link -> !link.flow().controls().contains(Control.LEAST_PRIVILEGE))
              .map(link -> Reach.other(link, store))
              .filter(m -> Reach.isModel(m) && !m.has(Control.LEAST_PRIVILEGE) && !held.isEmpty())
              .distinct()
              .toList();
      for (Node model : models) {
        Optional<Node> users =
            Reach.upstream(system, model, Reach.RELAYS, RetrievalAcrossUsers::manyUsers);
        users.ifPresent(u ->
            findings
                .on(store.id(), model.id())
                .fact(store.describe() + " stores " + String.join(", ", held))
                .fact(model.describe() + " retrieves from it, with no least-privilege on either")
                .fact(u.describe() + " brings many users' questions to " + model.id())
                .data(held)
                .cause(store.id())
                .report("Answers from " + model.id() + " can include other users' records."));
      }
    }
  }

  private static boolean manyUsers(Node node) {
    return node.is(ActorKind.USER, ActorKind.STAFF)
        || (node.isComponent() && node.exposure() != Exposure.INTERNAL);
  }
}
