package org.marsad.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

class KnowledgeBaseTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  @Test
  void standardIsLoadedOnce() {
    assertThat(KnowledgeBase.standard()).isSameAs(KB);
  }

  @Test
  void countryByIso3HasCentroidAndArabicName() {
    KbEntry aze = KB.country("AZE").orElseThrow();
    assertThat(aze.kind()).isEqualTo(KbEntry.Kind.COUNTRY);
    assertThat(aze.name()).isEqualTo("Azerbaijan");
    assertThat(aze.names()).contains("أذربيجان");
    assertThat(aze.lat()).isNotNull();
    assertThat(KB.country("XXX")).isEmpty();
  }

  @Test
  void lookupTakesNormalisedPhrases() {
    assertThat(KB.lookup("اذربيجان")).extracting(KbEntry::id).contains("iso3:AZE");
    assertThat(KB.lookup("الامم المتحده")).extracting(KbEntry::id).containsExactly("igo:UN");
    assertThat(KB.lookup("no such name")).isEmpty();
  }

  @Test
  void byIdFindsDerivedAndCuratedEntries() {
    assertThat(KB.byId("geonames:587084")).get().extracting(KbEntry::kind).isEqualTo(KbEntry.Kind.CAPITAL);
    assertThat(KB.byId("igo:EU")).get().extracting(KbEntry::country).isNull();
  }

  @Test
  void curatedBeatsDerivedOfTheSameKind() {
    assertThat(KB.lookup("رجب طيب اردوغان").get(0).id()).isEqualTo("person:ERDOGAN");
  }

  @Test
  void removedNameIsGone() {
    assertThat(KB.lookup("الشام")).extracting(KbEntry::id).doesNotContain("iso3:SYR");
  }

  @Test
  void titleLookupOnTokenWindow() {
    List<Token> t = Tokenizer.INSTANCE.tokenize("وقالت وزيرة الخارجية الألمانية");
    KbMatch m = KB.title(t, 1).orElseThrow();
    assertThat(m.end()).isEqualTo(3);
    assertThat(m.best().sector()).isEqualTo("GOV");
    assertThat(m.best().role()).isEqualTo("foreign_minister");
  }

  @Test
  void hashtagNamesAreMatchedAsNames() {
    List<Token> t = Tokenizer.INSTANCE.tokenize("وعبرت #الجامعة_العربية عن رفضها");
    KbMatch m = KB.match(t, 1, t.size(), java.util.EnumSet.allOf(KbEntry.Kind.class)).orElseThrow();
    assertThat(m.end()).isEqualTo(3);
    assertThat(m.best().kind()).isEqualTo(KbEntry.Kind.IGO);
  }

  @Test
  void titleWithPronounSuffixAndArticleToggled() {
    List<Token> t = Tokenizer.INSTANCE.tokenize("طالبت حكومتها ورئيس");
    assertThat(KB.title(t, 1)).get().extracting(x -> x.best().id()).isEqualTo("title:GOVERNMENT");
    assertThat(KB.title(t, 2)).get().extracting(x -> x.best().id()).isEqualTo("title:PRESIDENT");
  }

  @Test
  void personTermAtDate() {
    KbEntry s = KB.byId("person:OLAF_SCHOLZ").orElseThrow();
    assertThat(s.termAt(LocalDate.of(2023, 9, 19))).get().extracting(Term::role).isEqualTo("head_of_government");
  }

  @Test
  void missingResourceIsFatalAndNamed() {
    assertThatThrownBy(() -> KnowledgeBase.load("/org/marsad/kb/nowhere/"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/org/marsad/kb/nowhere/manifest.tsv");
  }

  @Test
  void everyKindIsPresent() {
    for (KbEntry.Kind k : KbEntry.Kind.values()) {
      if (k != KbEntry.Kind.INSTITUTION) {
        assertThat(KB.counts().getOrDefault(k, 0)).as(k.name()).isPositive();
      }
    }
  }

  @Test
  void fastIndexKeyEqualsTheTokenizersKeyForEveryName() {
    for (KbEntry e : KB.entries()) {
      for (String n : e.names()) {
        assertThat(KnowledgeBase.key(n)).as(e.id() + " " + n).isEqualTo(KnowledgeBase.tokenKey(n));
      }
    }
  }

  @Test
  void everyCuratedNameIsFoundByLookup() {
    for (KbEntry e : KB.entries()) {
      if (KB.isCurated(e)) {
        for (String n : e.names()) {
          assertThat(KB.lookup(KnowledgeBase.key(n))).as(e.id() + " " + n).contains(e);
        }
      }
    }
  }
}
