package dev.bulwark.analysis.adtree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the elements of an ADTool file into {@link Raw} nodes, one event at a time with a stack (no
 * recursion): {@code adtree} holding one {@code node} and any {@code domain}s; a node holding one
 * {@code label}, {@code parameter}s and child {@code node}s, the one with {@code switchRole="yes"}
 * (its countermeasure) last, as ADTool writes and requires.
 */
final class AdtoolReader {
  static final int MAX_CHARS = 16 * 1024 * 1024;

  /** A parameter as written: the domain it belongs to, its category and text, and its place. */
  record Param(String domainId, String category, String value, String at) {}

  /** A node as written, with the place of its start tag. */
  record Raw(
      String label,
      Role role,
      Refinement refinement,
      List<Param> params,
      List<Raw> children,
      Optional<Raw> counter,
      String at) {}

  /** The file read: the root node and the declared domains, id → class name. */
  record Read(Raw root, Map<String, String> domains) {}

  private final String file;
  private final SafeXml xml;
  private final Deque<Builder> open = new ArrayDeque<>();
  private final Map<String, String> domains = new LinkedHashMap<>();
  private int count;
  private Raw root;

  private AdtoolReader(String file, String text) {
    this.file = file;
    this.xml = SafeXml.open(file, text);
  }

  static Read read(String file, String text) {
    if (text.length() > MAX_CHARS) {
      throw new AdTreeException(file + ": the file has more than " + MAX_CHARS + " characters");
    }
    AdtoolReader r = new AdtoolReader(file, text);
    r.document();
    return new Read(r.root, r.domains);
  }

  private void document() {
    XMLStreamReader reader = xml.reader();
    while (xml.next() != XMLStreamConstants.START_ELEMENT) {
      if (!xml.hasNext()) {
        throw xml.error("no root element");
      }
    }
    String name = reader.getLocalName();
    if (name.equals("sandtree")) {
      throw xml.error(
          "this is a SAND tree (sequential AND); only attack-defence trees (adtree)"
              + " are supported");
    }
    if (!name.equals("adtree")) {
      throw xml.error("the root element is <" + name + ">; ADTool's files start with <adtree>");
    }
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        text(event);
        continue;
      }
      switch (reader.getLocalName()) {
        case "node" -> {
          if (root != null) {
            throw xml.error("a second root <node>; an adtree holds one");
          }
          root = node(Role.ATTACK);
        }
        case "domain" -> domain();
        default ->
            throw xml.error(
                "unexpected <" + reader.getLocalName() + "> in <adtree> (expected node or domain)");
      }
    }
    if (root == null) {
      throw xml.error("the adtree has no <node>");
    }
  }

  /** Reads a node element and everything in it; the reader stands on its start tag. */
  private Raw node(Role parentRole) {
    XMLStreamReader reader = xml.reader();
    open.push(builder(parentRole, true));
    Raw done = null;
    while (done == null) {
      int event = xml.next();
      Builder b = open.peek();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (reader.getLocalName()) {
          case "label" -> {
            if (b.label != null) {
              throw xml.error("a second <label> in one node");
            }
            b.label = element().strip();
          }
          case "parameter" -> {
            String at = xml.here();
            String domainId = attribute("domainId");
            String category = attribute("category");
            b.params.add(new Param(domainId, category, element().strip(), at));
          }
          case "node" -> {
            if (open.size() > AdTree.MAX_DEPTH) {
              throw xml.error("nodes nest deeper than " + AdTree.MAX_DEPTH + " levels");
            }
            open.push(builder(b.role, false));
          }
          default ->
              throw xml.error(
                  "unexpected <"
                      + reader.getLocalName()
                      + "> in <node> (expected label, parameter or node)");
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        Raw raw = open.pop().build();
        if (open.isEmpty()) {
          done = raw;
        } else {
          open.peek().add(raw);
        }
      } else {
        text(event);
      }
    }
    return done;
  }

  private Builder builder(Role parentRole, boolean isRoot) {
    if (++count > AdTree.MAX_NODES) {
      throw xml.error("the tree has more than " + AdTree.MAX_NODES + " nodes");
    }
    String at = xml.here();
    String refinement = attribute("refinement").toLowerCase(Locale.ROOT);
    Refinement r =
        switch (refinement) {
          case "disjunctive", "or" -> Refinement.OR;
          case "conjunctive", "and" -> Refinement.AND;
          default ->
              throw xml.error(
                  "refinement is disjunctive or conjunctive, not '"
                      + attribute("refinement")
                      + "'");
        };
    String switchRole = attribute("switchRole").toLowerCase(Locale.ROOT);
    boolean switched = switchRole.equals("yes") || switchRole.equals("true");
    if (!switched
        && !switchRole.isEmpty()
        && !switchRole.equals("no")
        && !switchRole.equals("false")) {
      throw xml.error("switchRole is yes or no, not '" + attribute("switchRole") + "'");
    }
    if (isRoot && switched) {
      throw xml.error(
          "the root node switches role, so it is the defender's; Bulwark evaluates"
              + " trees whose root is the attacker's goal");
    }
    return new Builder(switched ? parentRole.opposite() : parentRole, r, at);
  }

  private void domain() {
    XMLStreamReader reader = xml.reader();
    String id = attribute("id");
    String className = "";
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = reader.getLocalName();
        String value = element().strip();
        if (name.equals("class")) {
          className = value;
        }
      } else {
        text(event);
      }
    }
    if (id.isEmpty()) {
      throw xml.error("a <domain> without an id");
    }
    domains.put(id, className);
  }

  /** The text of an element with no child elements; leaves the reader on its end tag. */
  private String element() {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.reader().getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString();
        }
        case XMLStreamConstants.START_ELEMENT ->
            throw xml.error("unexpected <" + xml.reader().getLocalName() + "> inside a value");
        default -> {
          // comments and processing instructions carry nothing
        }
      }
    }
  }

  /** Text between elements must be blank. */
  private void text(int event) {
    if (event == XMLStreamConstants.END_DOCUMENT) {
      throw xml.error("the file ends inside an element");
    }
    if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
        && !xml.reader().getText().isBlank()) {
      throw xml.error(
          "unexpected text '" + clip(xml.reader().getText().strip()) + "' between elements");
    }
  }

  private String attribute(String name) {
    String value = xml.reader().getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  private static String clip(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  /** A node being read. */
  private final class Builder {
    final Role role;
    final Refinement refinement;
    final String at;
    final List<Param> params = new ArrayList<>();
    final List<Raw> children = new ArrayList<>();
    Raw counter;
    String label;

    Builder(Role role, Refinement refinement, String at) {
      this.role = role;
      this.refinement = refinement;
      this.at = at;
    }

    void add(Raw child) {
      if (counter != null) {
        throw new AdTreeException(
            file
                + ":"
                + counter.at()
                + ": the countermeasure (switchRole)"
                + " must be the last child of its node, and a node has at most one");
      }
      if (child.role() == role) {
        children.add(child);
      } else {
        counter = child;
      }
    }

    Raw build() {
      if (label == null || label.isEmpty()) {
        throw new AdTreeException(file + ":" + at + ": a node needs a non-empty <label>");
      }
      return new Raw(
          label,
          role,
          refinement,
          List.copyOf(params),
          List.copyOf(children),
          Optional.ofNullable(counter),
          at);
    }
  }
}
