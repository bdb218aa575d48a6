package dev.bulwark.interop.tmt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small {@code .tm7} files for tests, in the tool's shape (DataContract XML): diagram
 * entries under {@code <Borders>} and {@code <Lines>}, threat instances, an optional knowledge
 * base.
 */
final class Tm7 {
  private static final String ABS =
      "http://schemas.datacontract.org/2004/07/ThreatModeling.Model.Abstracts";
  private final List<String> borders = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();
  private final List<String> threats = new ArrayList<>();
  private String knowledgeBase = "";

  /** A stencil or border boundary: drawn as (StencilEllipse, BorderBoundary, ...). */
  Tm7 box(
      String drawnAs,
      String generic,
      String type,
      String guid,
      String name,
      int left,
      int top,
      int width,
      int height,
      String... properties) {
    borders.add(
        entry(guid, drawnAs, generic, type, name, properties)
            + num("Height", height)
            + num("Left", left)
            + num("Top", top)
            + num("Width", width)
            + "</a:Value></a:KeyValueOfguidanyType>");
    return this;
  }

  Tm7 connector(
      String guid,
      String type,
      String name,
      String source,
      String target,
      int sx,
      int sy,
      int tx,
      int ty,
      int hx,
      int hy,
      String... properties) {
    lines.add(
        entry(guid, "Connector", "GE.DF", type, name, properties)
            + num("HandleX", hx)
            + num("HandleY", hy)
            + "<SourceGuid xmlns=\""
            + ABS
            + "\">"
            + source
            + "</SourceGuid>"
            + num("SourceX", sx)
            + num("SourceY", sy)
            + "<TargetGuid xmlns=\""
            + ABS
            + "\">"
            + target
            + "</TargetGuid>"
            + num("TargetX", tx)
            + num("TargetY", ty)
            + "</a:Value></a:KeyValueOfguidanyType>");
    return this;
  }

  Tm7 line(String guid, String type, String name, int sx, int sy, int tx, int ty, int hx, int hy) {
    lines.add(
        entry(guid, "LineBoundary", "GE.TB.L", type, name)
            + num("HandleX", hx)
            + num("HandleY", hy)
            + num("SourceX", sx)
            + num("SourceY", sy)
            + num("TargetX", tx)
            + num("TargetY", ty)
            + "</a:Value></a:KeyValueOfguidanyType>");
    return this;
  }

  /** A threat instance; {@code info} may be null. */
  Tm7 threat(
      int id, String typeId, String source, String flow, String target, String state, String info) {
    threats.add(
        "<a:KeyValueOfstringThreatpc_P0_PhOB><a:Key>"
            + typeId
            + source
            + flow
            + target
            + "</a:Key><a:Value><b:FlowGuid>"
            + flow
            + "</b:FlowGuid><b:Id>"
            + id
            + "</b:Id>"
            + "<b:ModifiedAt>2024-05-06T10:00:00</b:ModifiedAt><b:Priority>Low</b:Priority>"
            + "<b:Properties><a:KeyValueOfstringstring><a:Key>Title</a:Key><a:Value>Threat "
            + id
            + "</a:Value></a:KeyValueOfstringstring>"
            + "<a:KeyValueOfstringstring><a:Key>UserThreatCategory</a:Key><a:Value>Tampering"
            + "</a:Value></a:KeyValueOfstringstring></b:Properties>"
            + "<b:SourceGuid>"
            + source
            + "</b:SourceGuid><b:State>"
            + state
            + "</b:State>"
            + (info == null
                ? "<b:StateInformation i:nil=\"true\"/>"
                : "<b:StateInformation>" + info + "</b:StateInformation>")
            + "<b:TargetGuid>"
            + target
            + "</b:TargetGuid><b:TypeId>"
            + typeId
            + "</b:TypeId>"
            + "</a:Value></a:KeyValueOfstringThreatpc_P0_PhOB>");
    return this;
  }

  /** A knowledge base with these threat types: {id, include, exclude} each. */
  Tm7 knowledgeBase(String[]... types) {
    StringBuilder kb =
        new StringBuilder(
            "<KnowledgeBase><a:Manifest><a:Name>Test KB</a:Name>"
                + "<a:Version>1</a:Version></a:Manifest><a:ThreatTypes>");
    for (String[] type : types) {
      kb.append("<a:ThreatType><a:Category>T</a:Category><a:GenerationFilters><a:Exclude>")
          .append(type[2])
          .append("</a:Exclude><a:Include>")
          .append(type[1])
          .append("</a:Include></a:GenerationFilters><a:Id>")
          .append(type[0])
          .append("</a:Id><a:ShortTitle>Type ")
          .append(type[0])
          .append(" on {flow.Name}</a:ShortTitle></a:ThreatType>");
    }
    knowledgeBase = kb.append("</a:ThreatTypes></KnowledgeBase>").toString();
    return this;
  }

  String xml() {
    return "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\""
        + " xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:a=\"http://schemas.microsoft.com/2003/10/Serialization/Arrays\""
        + " xmlns:b=\"http://schemas.datacontract.org/2004/07/ThreatModeling.KnowledgeBase\">"
        + "<DrawingSurfaceList><DrawingSurfaceModel><Header>Diagram 1</Header><Borders>"
        + String.join("", borders)
        + "</Borders><Lines>"
        + String.join("", lines)
        + "</Lines></DrawingSurfaceModel></DrawingSurfaceList>"
        + "<MetaInformation><ThreatModelName>Synthetic</ThreatModelName><Owner>Ada</Owner>"
        + "<Reviewer>Bob</Reviewer></MetaInformation>"
        + "<ThreatInstances>"
        + String.join("", threats)
        + "</ThreatInstances>"
        + knowledgeBase
        + "</ThreatModel>";
  }

  byte[] bytes() {
    return xml().getBytes(StandardCharsets.UTF_8);
  }

  /** A property: name (attribute id), display name, value; a list when the value has '|'. */
  static String property(String name, String display, String value) {
    return name + "\u0000" + display + "\u0000" + value;
  }

  private static String entry(
      String guid, String drawnAs, String generic, String type, String name, String... properties) {
    StringBuilder props =
        new StringBuilder(
            "<Properties xmlns=\""
                + ABS
                + "\"><a:anyType i:type=\"b:HeaderDisplayAttribute\">"
                + "<b:DisplayName>"
                + type
                + " stencil</b:DisplayName><b:Name/><b:Value i:nil=\"true\"/>"
                + "</a:anyType><a:anyType i:type=\"b:StringDisplayAttribute\"><b:DisplayName>Name"
                + "</b:DisplayName><b:Name/><b:Value>"
                + name
                + "</b:Value></a:anyType>");
    for (String property : properties) {
      String[] parts = property.split("\u0000");
      if (parts[2].contains("|")) {
        String[] values = parts[2].split("\\|");
        props
            .append("<a:anyType i:type=\"b:ListDisplayAttribute\"><b:DisplayName>")
            .append(parts[1])
            .append("</b:DisplayName><b:Name>")
            .append(parts[0])
            .append("</b:Name><b:Value>");
        for (int i = 1; i < values.length; i++) {
          props.append("<a:string>").append(values[i]).append("</a:string>");
        }
        props
            .append("</b:Value><b:SelectedIndex>")
            .append(values[0])
            .append("</b:SelectedIndex></a:anyType>");
      } else {
        props
            .append("<a:anyType i:type=\"b:StringDisplayAttribute\"><b:DisplayName>")
            .append(parts[1])
            .append("</b:DisplayName><b:Name>")
            .append(parts[0])
            .append("</b:Name><b:Value>")
            .append(parts[2])
            .append("</b:Value></a:anyType>");
      }
    }
    props.append("</Properties>");
    return "<a:KeyValueOfguidanyType><a:Key>"
        + guid
        + "</a:Key><a:Value i:type=\""
        + drawnAs
        + "\"><GenericTypeId xmlns=\""
        + ABS
        + "\">"
        + generic
        + "</GenericTypeId><Guid xmlns=\""
        + ABS
        + "\">"
        + guid
        + "</Guid>"
        + props
        + "<TypeId xmlns=\""
        + ABS
        + "\">"
        + type
        + "</TypeId>";
  }

  private static String num(String name, int value) {
    return "<" + name + " xmlns=\"" + ABS + "\">" + value + "</" + name + ">";
  }
}
