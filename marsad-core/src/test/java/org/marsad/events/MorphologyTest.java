package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/** One test per rule of {@link Morphology}, {@link Asides} and {@link Relatives}. */
class MorphologyTest {
  private static Token word(String w) {
    List<Token> ts = Tokenizer.INSTANCE.tokenize(w);
    assertThat(ts).hasSize(1);
    return ts.get(0);
  }

  @Test
  void theArticleAfterAConjunctionOrBaOrLamMakesAWordDefinite() {
    assertThat(Morphology.definite(word("الجيش"))).isTrue();
    assertThat(Morphology.definite(word("والجيش"))).isTrue();
    assertThat(Morphology.definite(word("بالهجوم"))).isTrue();
    assertThat(Morphology.definite(word("للجيش"))).isTrue();
    assertThat(Morphology.definite(word("جيش"))).isFalse();
  }

  @Test
  void aDammaOnTheFirstSyllablesMarksThePassive() {
    assertThat(Morphology.voweledPassive(word("قُتل"))).isTrue();
    assertThat(Morphology.voweledPassive(word("واعتُقل"))).isTrue();
    assertThat(Morphology.voweledPassive(word("قتل"))).isFalse();
    assertThat(Morphology.voweledPassive(word("قتلُ"))).isFalse();
  }

  @Test
  void longDefinitePluralsInYeenAreOblique() {
    assertThat(Morphology.obliquePlural(word("المواطنين"))).isTrue();
    assertThat(Morphology.obliquePlural(word("فلسطينيين"))).isTrue();
    assertThat(Morphology.obliquePlural(word("حسين"))).isFalse();
    assertThat(Morphology.obliquePlural(word("البحرين"))).as("same form as a plural: callers check for places")
        .isTrue();
    assertThat(Morphology.obliquePlural(word("بوتين"))).isFalse();
  }

  @Test
  void formsOfItahamaAccuse() {
    assertThat(Morphology.accusing(word("واتهمت"))).isTrue();
    assertThat(Morphology.accusing(word("يتهم"))).isTrue();
    assertThat(Morphology.accusing(word("أدانت"))).isFalse();
  }

  @Test
  void aVerbalOrDefiniteNounWithBaIsAComplementButShortWordsAreNot() {
    assertThat(Morphology.complementWithBa(word("بمساعدة"))).isTrue();
    assertThat(Morphology.complementWithBa(word("بالهجوم"))).isTrue();
    assertThat(Morphology.complementWithBa(word("بيان"))).isFalse();
  }

  @Test
  void anAsideBetweenCommasIsSkippedToTheObject() {
    List<Token> ts = tokens("وحمّل الجيش الإسرائيلي، في بيان له، حركة حماس المسؤولية");
    int comma = index(ts, "،");
    assertThat(Asides.afterAside(ts, comma, ts.size())).isEqualTo(index(ts, "حركة"));
    List<Token> plain = tokens("وحمّل الجيش، حركة حماس المسؤولية");
    int c2 = index(plain, "،");
    assertThat(Asides.afterAside(plain, c2, plain.size())).isEqualTo(c2);
  }

  @Test
  void aTitlesBodyAndNameBetweenCommasStandBeforeTheObject() {
    org.marsad.model.Document d = org.marsad.Marsad.standard().extract(org.marsad.model.Document.of("t",
        "واتهم وزير الاتصالات في السلطة الفلسطينية، علام موسى، إسرائيل بعرقلة دخول البريد.",
        java.time.LocalDate.of(2018, 8, 16), null, null, null));
    List<Token> ts = d.tokens();
    List<Part> parts = new Parts(org.marsad.kb.KnowledgeBase.standard()).of(ts, d.entities(), 0, ts.size());
    int title = index(ts, "الاتصالات");
    assertThat(Asides.afterApposition(ts, parts, title, ts.size())).isEqualTo(index(ts, "موسى") + 1);
    assertThat(Asides.afterApposition(ts, parts, index(ts, "إسرائيل"), ts.size())).isEqualTo(index(ts, "إسرائيل"));
  }

  @Test
  void aRelativePronounBeforeTheVerbAndItsAntecedentNoun() {
    List<Token> ts = tokens("الهجوم الذي شنته أذربيجان");
    int verb = index(ts, "شنته");
    assertThat(Relatives.relativeBefore(ts, verb, 0)).isTrue();
    assertThat(Relatives.relativeBefore(ts, index(ts, "أذربيجان"), 0)).isFalse();
  }

  @Test
  void aRelativeAfterANounOfTimeIsAnAdverb() {
    List<Token> ts = tokens("في الوقت الذي تقصف فيه");
    assertThat(Relatives.adverbialRelative(ts, index(ts, "تقصف"), 0)).isTrue();
    List<Token> other = tokens("الهجوم الذي تنفذه");
    assertThat(Relatives.adverbialRelative(other, index(other, "تنفذه"), 0)).isFalse();
  }

  @Test
  void aPresentVerbAfterAnIndefiniteNounInTaMarbutaDescribesIt() {
    List<Token> ts = tokens("شركة تدعم المتمردين");
    assertThat(Relatives.adjectivalClause(ts, index(ts, "تدعم"), 0)).isTrue();
    List<Token> particle = tokens("كما تدعم");
    assertThat(Relatives.adjectivalClause(particle, index(particle, "تدعم"), 0)).isFalse();
  }

  @Test
  void onlyLinkersMayStandBetweenASubjectAndItsVerb() {
    List<Token> ts = tokens("المسلحون الذين قد هاجموا");
    assertThat(Relatives.onlyLinkers(ts, 1, index(ts, "هاجموا"))).isTrue();
    List<Token> other = tokens("المسلحون في المدينة هاجموا");
    assertThat(Relatives.onlyLinkers(other, 1, index(other, "هاجموا"))).isFalse();
  }
}
