package dev.bulwark.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading printed PDFs back in tests, with PDFBox. */
final class Pdfs {
  private Pdfs() {}

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of pages {@code first} to {@code last}, counted from 1. */
  static String text(PDDocument document, int first, int last) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(first);
      stripper.setEndPage(last);
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(PDDocument document) {
    return text(document, 1, document.getNumberOfPages());
  }

  /** Every dictionary key and every string reachable from the trailer, to look for actions. */
  static Reachable reachable(PDDocument document) {
    Reachable found = new Reachable(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    walk(
        document.getDocument().getTrailer(),
        found,
        Collections.newSetFromMap(new IdentityHashMap<>()));
    return found;
  }

  /** Dictionary keys, name values and strings, each in the order first met. */
  record Reachable(List<String> keys, List<String> names, List<String> strings) {}

  private static void walk(COSBase base, Reachable found, Set<COSBase> seen) {
    COSBase value = base instanceof COSObject object ? object.getObject() : base;
    if (value == null || !seen.add(value)) {
      return;
    }
    switch (value) {
      case COSDictionary dictionary -> {
        for (COSName key : dictionary.keySet()) {
          found.keys().add(key.getName());
          walk(dictionary.getItem(key), found, seen);
        }
      }
      case COSArray array -> array.forEach(item -> walk(item, found, seen));
      case COSString string -> found.strings().add(string.getString());
      case COSName name -> found.names().add(name.getName());
      default -> {}
    }
  }
}
