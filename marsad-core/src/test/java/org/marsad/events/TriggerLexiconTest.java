package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

class TriggerLexiconTest {
  private final TriggerLexicon lex = new TriggerLexicon();
  private final Ontology ontology = Ontology.standard();

  private TriggerLexicon.Match first(String text) {
    List<Token> t = Tokenizer.INSTANCE.tokenize(text);
    for (int i = 0; i < t.size(); i++) {
      TriggerLexicon.Match m = lex.match(t, i, t.size());
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  @Test
  void everyEntryIsCodedInTheOntology() {
    for (String form : List.of("قصف", "هجوم", "ادان", "دعا", "اعتقال", "مظاهره", "اتفاق", "زياره")) {
      for (TriggerLexicon.Entry e : lex.entries(form)) {
        assertThat(ontology.types()).contains(e.type());
        assertThat(ontology.cameo(e.cameo())).as(form + " " + e.cameo()).isNotNull();
        assertThat(e.mode() == null || ontology.isValid(e.type(), e.mode())).isTrue();
      }
    }
  }

  @Test
  void verbFormsAreGenerated() {
    assertThat(first("أدانت").entry().type()).isEqualTo("ACCUSE");
    assertThat(first("يدينون").entry().type()).isEqualTo("ACCUSE");
    assertThat(first("تطالب").entry().type()).isEqualTo("REQUEST");
    assertThat(first("ودعا").entry().type()).isEqualTo("REQUEST");
    assertThat(first("نفت").entry().type()).isEqualTo("REJECT");
    assertThat(first("اعتقلت").entry().type()).isEqualTo("COERCE");
  }

  @Test
  void feminineAndPluralPastFormsAreMarked() {
    assertThat(first("استهدفت").entry().feminine()).isTrue();
    assertThat(first("استدعت").entry().feminine()).isTrue(); // «استدعى» + «ت»
    assertThat(first("دعت").entry().feminine()).isTrue();     // «دعا» + «ت»
    assertThat(first("استهدف").entry().feminine()).isFalse();
    assertThat(first("استهدفتا").entry().feminine()).isFalse();
    assertThat(first("استهدفتا").entry().plural()).isTrue();
    assertThat(first("قصفوا").entry().plural()).isTrue();
  }

  @Test
  void theConjunctionComesOffATwoLetterVerb() {
    assertThat(first("وحث").entry().type()).isEqualTo("REQUEST");
    assertThat(first("وحض").entry().type()).isEqualTo("REQUEST");
    TriggerLexicon.Match m = first("وتم اعتقال");
    assertThat(m.entry().words()).hasSize(1); // «اعتقال», not the entry «تم اعتقال» behind the conjunction
  }

  @Test
  void cliticsAreStripped() {
    assertThat(first("وبالقصف").entry().type()).isEqualTo("ASSAULT");
    assertThat(first("هجماتها").entry().type()).isEqualTo("ASSAULT");
    assertThat(first("للاحتجاجات").entry().type()).isEqualTo("PROTEST");
  }

  @Test
  void futurePrefixMatchesVerbsOnlyAndIsFlagged() {
    TriggerLexicon.Match m = first("ستهاجم");
    assertThat(m.entry().verb()).isTrue();
    assertThat(m.cliticFlags() & Clitics.FUTURE).isNotZero();
  }

  @Test
  void longestEntryWins() {
    TriggerLexicon.Match m = first("اتفاق وقف إطلاق النار");
    assertThat(m.entry().type()).isEqualTo("AGREE");
    TriggerLexicon.Match c = first("وقف إطلاق النار");
    assertThat(c.entry().type()).isEqualTo("RETREAT");
    assertThat(c.end() - c.first()).isEqualTo(3);
    assertThat(first("اتصال هاتفي").entry().mode()).isEqualTo("phone");
    assertThat(first("غارات جوية").entry().mode()).isEqualTo("aerial");
  }

  @Test
  void reportingVerbsAreNoTriggers() {
    assertThat(first("قال وأضاف وذكر")).isNull();
  }

  @Test
  void aLongGapHoldsAListOfThoseHeldResponsible() { // session 21
    TriggerLexicon.Match m = first("حمّل الجيش الإسرائيلي دمشق وإيران وحزب الله اللبناني المسؤولية الكاملة");
    assertThat(m.entry().type()).isEqualTo("ACCUSE");
    assertThat(m.first()).isZero();
    assertThat(first("حمّل الجيش الإسرائيلي في بيانه الصادر مساء أمس دمشق وإيران وحزب الله اللبناني المسؤولية")
        .first()).isPositive(); // more than eight words between: not the verb's entry (only the noun)
  }
}
