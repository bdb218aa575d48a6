package dev.bulwark.knowledge.mitre;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CAPEC's XML catalogue (schema 3.x, namespace {@code http://capec.mitre.org/capec-3}) one
 * event at a time: each Attack_Pattern with its related weaknesses, ChildOf parents and ATT&CK
 * taxonomy mappings. Categories and views are not entries.
 */
final class CapecXmlImporter {
  static final String SOURCE = "capec";

  private CapecXmlImporter() {}

  static KbImport read(String label, String fileName, InputStream in) {
    XMLStreamReader reader = Xml.open(label, in);
    try {
      Xml.root(label, reader, KbImport.CAPEC_NAMESPACES, "Attack_Pattern_Catalog");
      String version = Xml.attribute(reader, "Version");
      List<KbEntry> entries = new ArrayList<>();
      int depth = 1;
      int patternDepth = 0;
      EntryDraft pattern = null;
      boolean attackMapping = false;
      while (reader.hasNext()) {
        int event = Xml.next(label, reader);
        if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == patternDepth && pattern != null) {
            entries.add(build(label, reader, pattern));
            pattern = null;
          }
          depth--;
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        depth++;
        String element = reader.getLocalName();
        if (pattern == null) {
          if (element.equals("Attack_Pattern") && depth == 3) {
            pattern =
                EntryDraft.fromElement(id(label, reader, "CAPEC-"), KbKind.CAPEC_PATTERN, reader);
            patternDepth = depth;
          }
          continue;
        }
        switch (element) {
          case "Description" -> {
            if (depth == patternDepth + 1) {
              pattern.description = Text.firstParagraph(Xml.text(label, reader));
              depth--;
            }
          }
          case "Related_Weakness" ->
              pattern.relate(KbRelation.Type.RELATED, id(label, reader, "CWE_ID", "CWE-"));
          case "Related_Attack_Pattern" -> {
            if ("ChildOf".equals(Xml.attribute(reader, "Nature"))) {
              pattern.relate(KbRelation.Type.CHILD_OF, id(label, reader, "CAPEC_ID", "CAPEC-"));
            }
          }
          case "Taxonomy_Mapping" ->
              attackMapping =
                  Xml.attribute(reader, "Taxonomy_Name").toUpperCase(Locale.ROOT).equals("ATTACK");
          case "Entry_ID" -> {
            String entry = reader.getElementText().strip();
            depth--;
            String technique = "T" + (entry.startsWith("T") ? entry.substring(1) : entry);
            // Mappings are MITRE's text; one that is not a technique id is left out, not fatal.
            if (attackMapping && KbKind.ATTACK_TECHNIQUE.accepts(technique)) {
              pattern.relate(KbRelation.Type.RELATED, technique);
            }
          }
          default -> {}
        }
      }
      reader.close();
      return KbImport.create(
          label,
          new KbSource(SOURCE, KbFormat.CAPEC_XML, version, fileName),
          entries,
          List.of(),
          0);
    } catch (XMLStreamException e) {
      throw Xml.error(label, e);
    }
  }

  static KbEntry build(String label, XMLStreamReader reader, EntryDraft draft) {
    try {
      return draft.build();
    } catch (IllegalArgumentException e) {
      throw Xml.error(label, reader, draft.id + ": " + e.getMessage());
    }
  }

  static String id(String label, XMLStreamReader reader, String prefix) {
    return id(label, reader, "ID", prefix);
  }

  /** A numeric id attribute, with the catalogue's prefix. */
  static String id(String label, XMLStreamReader reader, String attribute, String prefix) {
    String value = Xml.attribute(reader, attribute);
    if (!value.matches("[1-9][0-9]{0,8}")) {
      throw Xml.error(
          label,
          reader,
          reader.getLocalName()
              + " has "
              + attribute
              + "='"
              + value
              + "'; expected a positive number");
    }
    return prefix + value;
  }
}
