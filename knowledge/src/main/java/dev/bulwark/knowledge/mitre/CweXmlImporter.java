package dev.bulwark.knowledge.mitre;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CWE's XML catalogue or a view export (namespaces {@code cwe-6} and {@code cwe-7}) one event
 * at a time: each Weakness with its related attack patterns and its ChildOf parents in the Research
 * Concepts view (1000), the one view that places every weakness.
 */
final class CweXmlImporter {
  static final String SOURCE = "cwe";
  private static final String RESEARCH_VIEW = "1000";

  private CweXmlImporter() {}

  static KbImport read(String label, String fileName, InputStream in) {
    XMLStreamReader reader = Xml.open(label, in);
    try {
      Xml.root(label, reader, KbImport.CWE_NAMESPACES, "Weakness_Catalog");
      String version = Xml.attribute(reader, "Version");
      List<KbEntry> entries = new ArrayList<>();
      int depth = 1;
      int weaknessDepth = 0;
      EntryDraft weakness = null;
      while (reader.hasNext()) {
        int event = Xml.next(label, reader);
        if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == weaknessDepth && weakness != null) {
            entries.add(CapecXmlImporter.build(label, reader, weakness));
            weakness = null;
          }
          depth--;
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        depth++;
        String element = reader.getLocalName();
        if (weakness == null) {
          if (element.equals("Weakness") && depth == 3) {
            weakness =
                EntryDraft.fromElement(
                    CapecXmlImporter.id(label, reader, "CWE-"), KbKind.CWE_WEAKNESS, reader);
            weaknessDepth = depth;
          }
          continue;
        }
        switch (element) {
          case "Description" -> {
            if (depth == weaknessDepth + 1) {
              weakness.description = Text.firstParagraph(Xml.text(label, reader));
              depth--;
            }
          }
          case "Related_Attack_Pattern" ->
              weakness.relate(
                  KbRelation.Type.RELATED,
                  CapecXmlImporter.id(label, reader, "CAPEC_ID", "CAPEC-"));
          case "Related_Weakness" -> {
            if ("ChildOf".equals(Xml.attribute(reader, "Nature"))
                && RESEARCH_VIEW.equals(Xml.attribute(reader, "View_ID"))) {
              weakness.relate(
                  KbRelation.Type.CHILD_OF, CapecXmlImporter.id(label, reader, "CWE_ID", "CWE-"));
            }
          }
          default -> {}
        }
      }
      reader.close();
      return KbImport.create(
          label, new KbSource(SOURCE, KbFormat.CWE_XML, version, fileName), entries, List.of(), 0);
    } catch (XMLStreamException e) {
      throw Xml.error(label, e);
    }
  }
}
