package dev.bulwark.analysis;

import dev.bulwark.model.Control;
import dev.bulwark.model.Goal;
import dev.bulwark.model.Stride;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rule is about, for people and for scoring.
 *
 * @param id {@code BW-<AREA>-NNN} for built-in rules; user rules choose their own prefix
 * @param stride the STRIDE categories of the threat
 * @param linddun the LINDDUN category where the threat is to privacy
 * @param goals the security goals harmed; impact is read from the data's rating for these
 * @param cwe weakness ids, e.g. {@code CWE-89}
 * @param capec attack-pattern ids, e.g. {@code CAPEC-66}
 * @param attack ATT&CK technique ids, e.g. {@code T1190}
 * @param rationale why the threat matters here, in a few sentences
 * @param mitigations ids of countermeasures in the knowledge catalogue
 * @param reducedBy declared controls that make the threat less likely, each by one level
 * @param asvs OWASP ASVS requirement ids that address it
 * @param since the Bulwark version that introduced the rule
 * @param refines ids of broader rules (the STRIDE baseline) that this one makes specific: where
 *     both fire on a shared element, only this one is kept
 */
public record RuleMeta(
    String id,
    String title,
    List<Stride> stride,
    Optional<Linddun> linddun,
    List<Goal> goals,
    List<String> cwe,
    List<String> capec,
    List<String> attack,
    String rationale,
    List<String> mitigations,
    List<Control> reducedBy,
    List<String> asvs,
    String since,
    List<String> refines) {
  static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final Pattern CWE = Pattern.compile("CWE-[0-9]+");
  private static final Pattern CAPEC = Pattern.compile("CAPEC-[0-9]+");
  private static final Pattern ATTACK = Pattern.compile("T[0-9]{4}(\\.[0-9]{3})?");

  public RuleMeta {
    require(ID.matcher(id).matches(), "rule id must look like BW-AREA-001: " + id);
    require(!title.isBlank(), id + ": a title is required");
    stride = List.copyOf(stride);
    require(!stride.isEmpty() || linddun.isPresent(), id + ": a STRIDE or LINDDUN category");
    Objects.requireNonNull(linddun, "linddun");
    goals = List.copyOf(goals);
    require(!goals.isEmpty(), id + ": the goals harmed are required");
    cwe = checked(cwe, CWE, id);
    capec = checked(capec, CAPEC, id);
    attack = checked(attack, ATTACK, id);
    require(!rationale.isBlank(), id + ": a rationale is required");
    mitigations = List.copyOf(mitigations);
    require(
        mitigations.stream().distinct().count() == mitigations.size(),
        id + ": a countermeasure is suggested twice");
    reducedBy = List.copyOf(reducedBy);
    asvs = List.copyOf(asvs);
    Objects.requireNonNull(since, "since");
    refines = List.copyOf(refines);
  }

  /** The area part of the id: {@code WEB} in {@code BW-WEB-001}. */
  public String area() {
    String[] parts = id.split("-");
    return parts.length >= 3 ? parts[1] : parts[0];
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  private static List<String> checked(List<String> ids, Pattern pattern, String rule) {
    for (String id : ids) {
      require(pattern.matcher(id).matches(), rule + ": malformed reference " + id);
    }
    return List.copyOf(ids);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Builds rule metadata; {@link #build()} rejects what is missing or malformed. */
  public static final class Builder {
    private final String id;
    private String title = "";
    private final List<Stride> stride = new ArrayList<>();
    private Optional<Linddun> linddun = Optional.empty();
    private final List<Goal> goals = new ArrayList<>();
    private final List<String> cwe = new ArrayList<>();
    private final List<String> capec = new ArrayList<>();
    private final List<String> attack = new ArrayList<>();
    private String rationale = "";
    private final List<String> mitigations = new ArrayList<>();
    private final List<Control> reducedBy = new ArrayList<>();
    private final List<String> asvs = new ArrayList<>();
    private String since = "0.1";
    private final List<String> refines = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder stride(Stride... values) {
      stride.addAll(Arrays.asList(values));
      return this;
    }

    public Builder linddun(Linddun value) {
      linddun = Optional.of(value);
      return this;
    }

    public Builder goals(Goal... values) {
      goals.addAll(Arrays.asList(values));
      return this;
    }

    public Builder cwe(String... values) {
      cwe.addAll(Arrays.asList(values));
      return this;
    }

    public Builder capec(String... values) {
      capec.addAll(Arrays.asList(values));
      return this;
    }

    public Builder attack(String... values) {
      attack.addAll(Arrays.asList(values));
      return this;
    }

    public Builder rationale(String value) {
      rationale = value;
      return this;
    }

    public Builder mitigations(String... values) {
      mitigations.addAll(Arrays.asList(values));
      return this;
    }

    public Builder reducedBy(Control... values) {
      reducedBy.addAll(Arrays.asList(values));
      return this;
    }

    public Builder asvs(String... values) {
      asvs.addAll(Arrays.asList(values));
      return this;
    }

    public Builder since(String value) {
      since = value;
      return this;
    }

    public Builder refines(String... ruleIds) {
      refines.addAll(Arrays.asList(ruleIds));
      return this;
    }

    public RuleMeta build() {
      return new RuleMeta(
          id,
          title,
          stride,
          linddun,
          goals,
          cwe,
          capec,
          attack,
          rationale,
          mitigations,
          reducedBy,
          asvs,
          since,
          refines);
    }
  }
}
