package dev.bulwark.model.parse;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The JDK's StAX factory with every door out of the file shut: no DTD (so no entity can be
 * declared: neither an external one, XXE, nor an expanding one, billion laughs), no external
 * entities, no external schemas, and a resolver that refuses anything it is asked for. Every XML
 * reader in Bulwark starts from here; readers still refuse a DOCTYPE event outright, so the user
 * learns why.
 */
public final class SafeStax {
  private SafeStax() {}

  /** A new hardened factory; text is coalesced, entity references are reported, not replaced. */
  public static XMLInputFactory factory(boolean namespaceAware) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external entities are not allowed: " + systemId);
    });
    return factory;
  }
}
