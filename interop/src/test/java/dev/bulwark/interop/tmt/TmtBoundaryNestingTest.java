package dev.bulwark.interop.tmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bulwark.interop.Imported;
import dev.bulwark.interop.Source;
import dev.bulwark.model.Model;
import dev.bulwark.model.Zone;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import dev.bulwark.model.problem.ProblemType;
import dev.bulwark.model.validate.ModelValidator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Border boundaries that once sent the importer into endless recursion (found by the fuzz test,
 * fixed in DiagramMapper): boundaries nested thousands deep, and two boundaries on one rectangle.
 * Expected zones follow DiagramMapper's rules: trust 50 for a top-level boundary of a diagram
 * without a zone of its own, 10 more per level up to 100; of two boundaries on the same rectangle,
 * the earlier holds the later.
 */
class TmtBoundaryNestingTest {
  private static final String BORDER = "SE.TB.B.TMCore.CorpNet";
  private static final int DEPTH = 5_000;

  /** Small enough that the recursion the fix removed overflowed it at this depth. */
  private static final long STACK_BYTES = 256 * 1024;

  private static Imported read(Tm7 file) {
    return new TmtImporter().read(new Source("nested.tm7", file.bytes()), ParseLimits.DEFAULTS);
  }

  /** Reads on a thread with a small stack, so that a deep recursion fails here and not by luck. */
  private static Imported readOnSmallStack(Tm7 file) throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread reader =
        new Thread(
            null,
            () -> {
              try {
                result.set(read(file));
              } catch (Throwable failure) { // a StackOverflowError, above all
                result.set(failure);
              }
            },
            "small-stack",
            STACK_BYTES);
    reader.start();
    reader.join();
    if (result.get() instanceof Throwable failure) {
      throw new AssertionError("the import failed", failure);
    }
    return (Imported) result.get();
  }

  private static Tm7 border(Tm7 file, String guid, String name, int at, int size) {
    return file.box("BorderBoundary", "GE.TB.B", BORDER, guid, name, at, at, size, size);
  }

  @Test
  void boundariesNestedFiveThousandDeepEachSitInTheOneAroundIt() throws InterruptedException {
    Tm7 file = new Tm7();
    // innermost first, so that placing the first one climbs all the way out; each square 2 px
    // inside the next: ..., b1 at 2..39998, b0 at 0..40000
    for (int i = DEPTH - 1; i >= 0; i--) {
      border(file, "b" + i, "B" + i, 2 * i, 40_000 - 4 * i);
    }
    Imported imported = readOnSmallStack(file);

    Model model = imported.model().orElseThrow();
    assertThat(imported.problems()).noneMatch(Problem::isError);
    assertThat(model.zones()).hasSize(DEPTH);
    assertThat(model.zones().get(0))
        .extracting(Zone::id, Zone::trust, Zone::parent)
        .containsExactly("b0", 50, Optional.empty());
    assertThat(model.zones().get(1))
        .extracting(Zone::id, Zone::trust, Zone::parent)
        .containsExactly("b1", 60, Optional.of("b0"));
    assertThat(model.zones().get(4)).extracting(Zone::trust).isEqualTo(90);
    assertThat(model.zones().get(5)).extracting(Zone::trust).isEqualTo(100);
    assertThat(model.zones().get(DEPTH - 1))
        .extracting(Zone::id, Zone::trust, Zone::parent)
        .containsExactly("b4999", 100, Optional.of("b4998"));
  }

  /** Boundaries 'Alpha' (guid g1) and 'Beta' (guid {@code secondGuid}) on one rectangle. */
  private static Model twoOnOneRectangle(String secondGuid) throws InterruptedException {
    Tm7 file = new Tm7();
    border(file, "g1", "Alpha", 0, 100);
    border(file, secondGuid, "Beta", 0, 100);
    Imported imported = readOnSmallStack(file);
    assertThat(imported.problems()).noneMatch(Problem::isError);
    return imported.model().orElseThrow();
  }

  @Test
  void ofTwoBoundariesOnOneRectangleTheEarlierHoldsTheLater() throws InterruptedException {
    Model model = twoOnOneRectangle("g2");

    assertThat(model.zones())
        .extracting(Zone::id, Zone::trust, Zone::parent)
        .containsExactly(
            tuple("alpha", 50, Optional.empty()), tuple("beta", 60, Optional.of("alpha")));
    assertThat(ModelValidator.validate(model, Set.of())).noneMatch(Problem::isError);
  }

  @Test
  void twoBoundariesOnOneRectangleWithOneGuidGiveOneZoneThatTheValidatorReportsAsACycle()
      throws InterruptedException {
    // the second entry repeats the first's guid: it becomes the first's parent, a loop of one
    Model model = twoOnOneRectangle("g1");

    assertThat(model.zones())
        .extracting(Zone::id, Zone::trust, Zone::parent)
        .containsExactly(tuple("beta", 50, Optional.of("beta")));
    assertThat(ModelValidator.validate(model, Set.of()))
        .filteredOn(Problem::isError)
        .extracting(Problem::type)
        .containsExactly(ProblemType.ZONE_CYCLE);
  }
}
