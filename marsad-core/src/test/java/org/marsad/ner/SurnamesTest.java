package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/** The surnames of {@link Surnames}, one test per rule. */
class SurnamesTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  /** Tokens of {@code text}, and over each listed name (words, kb id, country) a known entity. */
  private static Surnames surnames(String text, String... names) {
    List<Token> ts = Tokenizer.INSTANCE.apply(Document.of("t", text, LocalDate.of(2018, 5, 1), null, null, null))
        .tokens();
    Entity[] at = new Entity[ts.size()];
    for (int n = 0; n < names.length; n += 3) {
      int s = text.indexOf(names[n]);
      int e = s + names[n].length();
      Entity en = new Entity("E", EntityType.PER, names[n], s, e, null, names[n + 2], names[n + 1], null, null, null,
          "kb");
      for (int i = 0; i < ts.size(); i++) {
        if (ts.get(i).start() >= s && ts.get(i).end() <= e) {
          at[i] = en;
        }
      }
    }
    return Surnames.of(KB, ts, at);
  }

  private static String id(Surnames s, String word) {
    return s.person(org.marsad.text.ArabicNormalizer.INSTANCE.normalize(word)).map(KbEntry::id).orElse(null);
  }

  @Test
  void theLastWordOfAPersonNamedInFull() {
    Surnames s = surnames("وقال الرئيس محمود عباس إن", "محمود عباس", "person:MAHMOUD_ABBAS", "PSE");
    assertThat(id(s, "عباس")).isEqualTo("person:MAHMOUD_ABBAS");
    assertThat(id(s, "وعباس")).isEqualTo("person:MAHMOUD_ABBAS");
    assertThat(id(s, "محمود")).isNull();
  }

  @Test
  void theFirstWordOfAKoreanName() {
    Surnames s = surnames("واستقبل الزعيم كيم جونغ أون الوفد", "كيم جونغ أون", "person:KIM_JONG_UN", "PRK");
    assertThat(id(s, "كيم")).isEqualTo("person:KIM_JONG_UN");
    assertThat(id(s, "أون")).isNull();
  }

  @Test
  void aWordBoundToTheOneBeforeIsNoSurname() {
    Surnames s = surnames("وقال الملك سلمان بن عبد العزيز", "سلمان بن عبد العزيز", "person:KING_SALMAN", "SAU");
    assertThat(id(s, "العزيز")).isNull();
  }

  @Test
  void aSurnameOfTwoPeopleOfTheDocumentIsNeither() {
    Surnames s = surnames("والتقى نوري المالكي تركي المالكي", "نوري المالكي", "person:NOURI_AL_MALIKI", "IRQ",
        "تركي المالكي", "person:TURKI_AL_MALIKI", "SAU");
    assertThat(id(s, "المالكي")).isNull();
  }
}
