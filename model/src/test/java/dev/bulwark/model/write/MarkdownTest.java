package dev.bulwark.model.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping model text for GitHub-flavoured Markdown, case by case. */
class MarkdownTest {
  @Test
  void htmlBecomesEntities() {
    assertThat(Markdown.text("<script>alert('x')</script>"))
        .isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt;");
    assertThat(Markdown.text("<https://evil.example>")).isEqualTo("&lt;https://evil.example&gt;");
    assertThat(Markdown.text("&amp; &#60;")).isEqualTo("&amp;amp; &amp;\\#60;");
  }

  @Test
  void linksAndImagesCannotOpen() {
    assertThat(Markdown.text("[x](javascript:alert(1))")).isEqualTo("\\[x\\](javascript:alert(1))");
    assertThat(Markdown.text("![i](http://evil.example/p.png)"))
        .isEqualTo("!\\[i\\](http://evil.example/p.png)");
  }

  @Test
  void inlineMarkupIsEscaped() {
    assertThat(Markdown.text("*em* _u_ `c` ~~s~~ $m$ a\\b"))
        .isEqualTo("\\*em\\* \\_u\\_ \\`c\\` \\~\\~s\\~\\~ \\$m\\$ a\\\\b");
  }

  @Test
  void tableCellsStayOneCell() {
    assertThat(Markdown.text("a | b")).isEqualTo("a \\| b");
    assertThat(Markdown.text("one\ntwo\r\nthree\rfour\u2028five"))
        .isEqualTo("one two three four five");
    assertThat(Markdown.text("tab\there\u0000")).isEqualTo("tab here");
  }

  @Test
  void blockStartsAreEscapedAtTheStartOnly() {
    assertThat(Markdown.text("- item")).isEqualTo("\\- item");
    assertThat(Markdown.text("+ item")).isEqualTo("\\+ item");
    assertThat(Markdown.text("=====")).isEqualTo("\\=====");
    assertThat(Markdown.text("# heading")).isEqualTo("\\# heading");
    assertThat(Markdown.text("> quote")).isEqualTo("&gt; quote");
    assertThat(Markdown.text("12. item")).isEqualTo("12\\. item");
    assertThat(Markdown.text("3) item")).isEqualTo("3\\) item");
    assertThat(Markdown.text("a-b. c+d = 1.5")).isEqualTo("a-b. c+d = 1.5");
  }

  @Test
  void codeSpansAreFencedAroundBackticks() {
    assertThat(Markdown.code("BW-WEB-001@web")).isEqualTo("`BW-WEB-001@web`");
    assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
    assertThat(Markdown.code("`x")).isEqualTo("`` `x ``");
    assertThat(Markdown.code("a|b")).isEqualTo("`a\\|b`");
    assertThat(Markdown.code("<script>")).isEqualTo("`<script>`");
  }
}
