package dev.bulwark.analysis.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.load.ModelLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking of crown jewels, on a model whose values are worked out in its comments. */
class CrownJewelsTest {
  private static final SystemView VIEW =
      SystemView.of(
          ModelLoader.load(Path.of("src/test/resources/paths/jewels/jewels.yaml"))
              .model()
              .orElseThrow());

  @Test
  void dataRanksByValueThenIdAndKeyHoldersByTheDataTheyHoldThenKind() {
    List<CrownJewel> jewels = CrownJewels.rank(VIEW, 3);
    assertThat(jewels)
        .extracting(CrownJewel::rank, CrownJewel::id, CrownJewel::kind)
        .containsExactly(
            tuple(1, "a", CrownJewel.Kind.DATA),
            tuple(2, "b", CrownJewel.Kind.DATA),
            tuple(3, "c", CrownJewel.Kind.DATA),
            tuple(4, "idp", CrownJewel.Kind.COMPONENT),
            tuple(5, "vault", CrownJewel.Kind.COMPONENT),
            tuple(6, "kms", CrownJewel.Kind.COMPONENT));
    assertThat(jewels.get(0).heldBy()).containsExactly("app", "idp");
    assertThat(jewels.get(0).why())
        .isEqualTo(
            "data: restricted, confidentiality critical, integrity medium, availability medium,"
                + " personal; value 10 of 10");
    assertThat(jewels.get(4).why())
        .isEqualTo("component: secret-store (holds keys to other parts); holds b");
    assertThat(jewels.get(4).heldBy()).containsExactly("vault");
  }

  @Test
  void moreJewelsPerKindFollowTheSameOrderAndSkipWhatNoComponentHolds() {
    assertThat(CrownJewels.rank(VIEW, 20))
        .extracting(CrownJewel::id)
        .containsExactly("a", "b", "c", "g", "d", "idp", "vault", "kms", "k8s", "ci");
  }

  @Test
  void theValueOfDataIsTwiceItsClassificationPlusItsHighestRatingPlusPersonal() {
    assertThat(VIEW.data())
        .extracting(d -> d.id() + "=" + CrownJewels.value(d))
        .containsExactly("a=10", "b=7", "c=7", "d=4", "e=0", "f=9", "g=6");
  }
}
