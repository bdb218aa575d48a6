package dev.bulwark.analysis.paths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in attacker profiles and user profiles files. The built-in ones are written in the same
 * format as a user's file ({@code profiles.yaml} beside this class), so both go through one parser.
 */
public final class Profiles {
  private static final String BUILT_IN = "profiles.yaml";
  private static final List<AttackerProfile> BUILT_IN_PROFILES = loadBuiltIn();

  private Profiles() {}

  /**
   * Anonymous internet attacker, authenticated customer, partner, malicious insider, compromised CI
   * or supplier; in that order.
   */
  public static List<AttackerProfile> builtIn() {
    return BUILT_IN_PROFILES;
  }

  /**
   * Reads a profiles file.
   *
   * @throws ProfileException with every problem, each at file:line:col
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<AttackerProfile> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profiles file " + file, e);
    }
    return parse(file.toString(), bytes);
  }

  /** Reads the bytes of a profiles file named {@code label} in messages. */
  public static List<AttackerProfile> parse(String label, byte[] bytes) {
    if (bytes.length > ProfileParser.MAX_CHARS) {
      throw new ProfileException(
          List.of(label + ":1:1: the file is larger than 1 MiB; a profiles file is small"));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ProfileException(List.of(label + ":1:1: the file is not UTF-8 text"));
    }
    return ProfileParser.parse(label, text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /**
   * The built-in profiles followed by the user's; a user profile with the id of a built-in one
   * takes its place.
   */
  public static List<AttackerProfile> merge(
      List<AttackerProfile> builtIn, List<AttackerProfile> own) {
    Map<String, AttackerProfile> byId = new LinkedHashMap<>();
    builtIn.forEach(p -> byId.put(p.id(), p));
    own.forEach(p -> byId.put(p.id(), p));
    return List.copyOf(new ArrayList<>(byId.values()));
  }

  private static List<AttackerProfile> loadBuiltIn() {
    try (InputStream in = Profiles.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the built-in " + BUILT_IN + " is missing from the jar");
      }
      return List.copyOf(parse(BUILT_IN, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
