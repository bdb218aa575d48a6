package dev.bulwark.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.ParseLimits;
import dev.bulwark.model.problem.Problem;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeerFileTest {
  @Test
  void notMappedWarningsOfOneKindAreCountedOnTheFirst() {
    PeerFile file =
        PeerFile.parse(
            Samples.source("x.yaml", "a: { k: 1, z: 2 }\nb: { k: 3 }\nc: { k: 4, y: 5 }\n"),
            ParseLimits.DEFAULTS);
    Node.Mapping root = (Node.Mapping) file.root().orElseThrow();
    for (String key : new String[] {"a", "b", "c"}) {
      file.otherKeys(
          file.mapping(root, key, "the file").orElseThrow(), "thing", "thing " + key, Set.of());
    }
    assertThat(file.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "x.yaml:1:6: warning [not-mapped] 'k' of thing a has no place in a Bulwark model;"
                + " left out (and 2 more like it)",
            "x.yaml:1:12: warning [not-mapped] 'z' of thing a has no place in a Bulwark model;"
                + " left out",
            "x.yaml:3:12: warning [not-mapped] 'y' of thing c has no place in a Bulwark model;"
                + " left out");
  }

  @Test
  void readersReportWrongTypesAtTheValue() {
    PeerFile file =
        PeerFile.parse(
            Samples.source("x.json", "{\"n\": \"many\", \"f\": 3, \"l\": {}, \"t\": [1]}"),
            ParseLimits.DEFAULTS);
    Node.Mapping root = (Node.Mapping) file.root().orElseThrow();
    assertThat(file.number(root, "n", "x")).isEmpty();
    assertThat(file.flag(root, "f", "x")).isEmpty();
    assertThat(file.list(root, "l", "x")).isEmpty();
    assertThat(file.text(root, "t", "x")).isEmpty();
    assertThat(file.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "x.json:1:7: error [wrong-type] 'n' of x should be a number, but is text",
            "x.json:1:20: error [wrong-type] 'f' of x should be true or false, but is a number",
            "x.json:1:28: error [wrong-type] 'l' of x should be a list, but is a mapping",
            "x.json:1:37: error [wrong-type] 't' of x should be text, but is a list");
  }
}
