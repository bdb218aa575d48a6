package dev.bulwark.lifecycle.gate;

import static dev.bulwark.lifecycle.gate.GateFixtures.input;
import static dev.bulwark.lifecycle.gate.GateFixtures.keys;
import static dev.bulwark.lifecycle.gate.GateFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MissingOwnersTest {
  @Test
  void everyFieldChosenIsCheckedAtItsPlace() {
    CheckResult result = new MissingOwners(EnumSet.allOf(OwnerField.class)).run(input("shop.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(keys(result))
        .containsExactly(
            "owner:component:db",
            "owner:mitigation:m-planned",
            "owner:triage:t-accepted",
            "owner:suppression:BW-TEST-001@web");
    assertThat(lines(result)).containsExactly("19:5", "33:5", "36:5", "39:5");
    assertThat(result.findings().get(2).message())
        .isEqualTo("the acceptance of 't-accepted' does not say who decided (by)");
    assertThat(result.summary()).isEqualTo("4 items name no owner");
  }

  @Test
  void onlyTheChosenFieldsCount() {
    GateInput shop = input("shop.yaml");
    assertThat(keys(new MissingOwners(Set.of(OwnerField.MITIGATIONS)).run(shop)))
        .containsExactly("owner:mitigation:m-planned");
    assertThat(new MissingOwners(Set.of(OwnerField.MODEL)).run(shop).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void theModelWithoutOwnerIsNamed() {
    CheckResult result = new MissingOwners(Set.of(OwnerField.MODEL)).run(input("ownerless.yaml"));
    assertThat(keys(result)).containsExactly("owner:model");
    assertThat(result.findings().getFirst().message())
        .isEqualTo("model 'ownerless' names no owner");
  }

  @Test
  void acceptancesAreTheTriageEntriesThatAccept() {
    // ownerless.yaml: a false positive without 'by' and an acceptance with a blank one.
    GateInput input = input("ownerless.yaml");
    assertThat(keys(new MissingOwners(Set.of(OwnerField.ACCEPTANCES)).run(input)))
        .containsExactly("owner:triage:t-accepted");
    assertThat(keys(new MissingOwners(Set.of(OwnerField.TRIAGE)).run(input)))
        .containsExactly("owner:triage:t-low", "owner:triage:t-accepted");
  }

  @Test
  void passesWhenEveryoneIsNamedAndNeedsAField() {
    CheckResult result =
        new MissingOwners(EnumSet.allOf(OwnerField.class)).run(input("clean.yaml"));
    assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(result.summary()).isEqualTo("every checked item names its owner");
    assertThatThrownBy(() -> new MissingOwners(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new MissingOwners(Set.of(OwnerField.TRIAGE, OwnerField.MODEL)).description())
        .isEqualTo("Someone answers for each of: model, triage.");
  }
}
