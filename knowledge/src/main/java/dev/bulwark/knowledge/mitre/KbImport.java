package dev.bulwark.knowledge.mitre;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The entries read from one MITRE file.
 *
 * @param source where they came from
 * @param entries in id order, one per id
 * @param redirects revoked ids and what replaces them, in id order
 * @param skipped deprecated objects left out
 */
public record KbImport(
    KbSource source, List<KbEntry> entries, List<KbRedirect> redirects, int skipped) {
  static final Set<String> CAPEC_NAMESPACES = Set.of("http://capec.mitre.org/capec-3");
  static final Set<String> CWE_NAMESPACES =
      Set.of("http://cwe.mitre.org/cwe-6", "http://cwe.mitre.org/cwe-7");

  private static final int PEEK = 8192;

  public KbImport {
    Objects.requireNonNull(source, "source");
    List<KbEntry> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> Ids.ORDER.compare(a.id(), b.id()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException(sorted.get(i).id() + " appears twice");
      }
    }
    entries = List.copyOf(sorted);
    List<KbRedirect> sortedRedirects = new ArrayList<>(redirects);
    sortedRedirects.sort((a, b) -> Ids.ORDER.compare(a.from(), b.from()));
    redirects = List.copyOf(sortedRedirects);
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped must not be negative");
    }
  }

  /** For importers: a duplicate id is the file's fault, so it becomes a {@link KbException}. */
  static KbImport create(
      String label,
      KbSource source,
      List<KbEntry> entries,
      List<KbRedirect> redirects,
      int skipped) {
    try {
      return new KbImport(source, entries, redirects, skipped);
    } catch (IllegalArgumentException e) {
      throw new KbException(label + ": " + e.getMessage(), e);
    }
  }

  /** How many entries of each kind, in the order of {@link KbKind}. */
  public Map<KbKind, Integer> counts() {
    Map<KbKind, Integer> counts = new EnumMap<>(KbKind.class);
    for (KbEntry entry : entries) {
      counts.merge(entry.kind(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  public KbImport withSourceName(String name) {
    return new KbImport(source.withName(name), entries, redirects, skipped);
  }

  /**
   * Reads a MITRE file of any supported format, also inside a zip archive as MITRE publishes CWE.
   *
   * @throws KbException naming the file, and the line where the content is wrong
   */
  public static KbImport read(Path file) {
    KbFormat format = detect(file);
    String label = file.toString();
    String name = file.getFileName() == null ? label : file.getFileName().toString();
    try (InputStream in = open(file)) {
      return switch (format) {
        case CAPEC_XML -> CapecXmlImporter.read(label, name, in);
        case CWE_XML -> CweXmlImporter.read(label, name, in);
        case CWE_CSV -> CweCsvImporter.read(label, name, in);
        case STIX -> AttackStixImporter.read(label, name, in);
      };
    } catch (IOException e) {
      throw new KbException(label + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Recognises the format from the content, not the file name. */
  public static KbFormat detect(Path file) {
    String label = file.toString();
    byte[] head;
    try (InputStream in = open(file)) {
      head = in.readNBytes(PEEK);
    } catch (IOException e) {
      throw new KbException(label + ": cannot read: " + e.getMessage(), e);
    }
    String text =
        new String(head, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
    if (text.startsWith("<")) {
      return xmlFormat(file);
    }
    if (text.startsWith("{")) {
      return KbFormat.STIX;
    }
    if (text.startsWith("CWE-ID,") || text.startsWith("\"CWE-ID\",")) {
      return KbFormat.CWE_CSV;
    }
    String start = text.lines().findFirst().orElse("");
    throw KbException.at(
        label,
        1,
        0,
        "not a file Bulwark can import (it starts with '"
            + (start.length() > 40 ? start.substring(0, 40) + "…" : start)
            + "'); expected CAPEC XML, CWE XML or CSV, or an ATT&CK or CAPEC STIX bundle");
  }

  private static KbFormat xmlFormat(Path file) {
    String label = file.toString();
    try (InputStream in = open(file)) {
      XMLStreamReader reader = Xml.open(label, in);
      try {
        while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
          Xml.next(label, reader);
        }
        String namespace = reader.getNamespaceURI();
        if (CAPEC_NAMESPACES.contains(namespace)) {
          return KbFormat.CAPEC_XML;
        }
        if (CWE_NAMESPACES.contains(namespace)) {
          return KbFormat.CWE_XML;
        }
        throw Xml.error(
            label,
            reader,
            "XML in namespace '"
                + (namespace == null ? "" : namespace)
                + "' is neither CAPEC ("
                + String.join(", ", CAPEC_NAMESPACES)
                + ") nor CWE ("
                + String.join(", ", CWE_NAMESPACES.stream().sorted().toList())
                + ")");
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw Xml.error(label, e);
    } catch (IOException e) {
      throw new KbException(label + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The file's bytes, or those of the first file in it when it is a zip archive. */
  static InputStream open(Path file) throws IOException {
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new KbException(file + ": no such file", e);
    }
    in.mark(4);
    byte[] magic = in.readNBytes(4);
    in.reset();
    if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
      ZipInputStream zip = new ZipInputStream(in);
      ZipEntry entry = zip.getNextEntry();
      while (entry != null && entry.isDirectory()) {
        entry = zip.getNextEntry();
      }
      if (entry == null) {
        zip.close();
        throw new KbException(file + ": the zip archive holds no file");
      }
      return new BufferedInputStream(zip, 1 << 16);
    }
    return in;
  }
}
