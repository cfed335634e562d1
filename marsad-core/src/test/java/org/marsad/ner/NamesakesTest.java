package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.Tokenizer;

/** The countries {@link Namesakes} gives to persons named again, one test per rule. */
class NamesakesTest {
  /**
   * The entities after {@link Namesakes#apply} over {@code text}, with one person entity per listed name (text,
   * country or null, kb id or null) at its first occurrence after the previous one.
   */
  private static List<Entity> run(String text, String... names) {
    List<Token> ts = Tokenizer.INSTANCE.apply(Document.of("t", text, LocalDate.of(2018, 5, 1), null, null, null))
        .tokens();
    List<Entity> es = new ArrayList<>();
    int from = 0;
    for (int n = 0; n < names.length; n += 3) {
      int s = text.indexOf(names[n], from);
      from = s + names[n].length();
      es.add(new Entity("E" + es.size(), EntityType.PER, names[n], s, from, null, names[n + 1], names[n + 2], null,
          null, names[n + 2] == null ? null : "GOV", names[n + 2] == null ? NerRecognizer.SOURCE : "kb"));
    }
    return Namesakes.apply(es, ts);
  }

  @Test
  void aSurnameAloneTakesTheCountryOfThePersonNamedInFull() {
    List<Entity> es = run("قال المتحدث الإندونيسي ساتريو ويبوو إن الشرطة تحقق . وأضاف ويبوو أن التحقيق مستمر .",
        "ساتريو ويبوو", "IDN", null, "ويبوو", null, null);
    assertThat(es.get(1).country()).isEqualTo("IDN");
  }

  @Test
  void aGivenNameAloneAndAProcliticMatchToo() {
    List<Entity> es = run("قالت الطالبة السودانية سلمى عثمان إنها بخير . وتقول سلمى إن . وعادت أسرة لسلمى أمس .",
        "سلمى عثمان", "SDN", null, "سلمى", null, null, "لسلمى", null, null);
    assertThat(es.get(1).country()).isEqualTo("SDN");
    assertThat(es.get(2).country()).isEqualTo("SDN");
  }

  @Test
  void aNameOfTwoWordsMatchesTheEndOfALongerName() {
    List<Entity> es = run("وحكمت المحكمة على الكيني عمر حسن بارو بالسجن . وكان عمر حسن بارو قد اعترف . وقال حسن بارو",
        "عمر حسن بارو", "KEN", null, "عمر حسن بارو", null, null, "حسن بارو", null, null);
    assertThat(es.get(1).country()).isEqualTo("KEN");
    assertThat(es.get(2).country()).isEqualTo("KEN");
  }

  @Test
  void theGazetteersPeopleGiveTheirCountryButNoKbId() {
    List<Entity> es = run("وقال الرئيس نيكولا ساركوزي إن . ونفى ساركوزي ذلك .",
        "نيكولا ساركوزي", "FRA", "cameo:x", "ساركوزي", null, null);
    assertThat(es.get(1).country()).isEqualTo("FRA");
    assertThat(es.get(1).kb()).isNull();
    assertThat(es.get(1).sector()).isEqualTo("GOV");
  }

  @Test
  void aDefiniteCommonWordAloneMatchesNothingButADefiniteNisbaNameDoes() {
    List<Entity> es = run("وقال الوزير خوان بيريز البيان إن . وأضاف البيان أن . وقال السفير علي الحمادي إن . ورد الحمادي",
        "خوان بيريز البيان", "ARG", null, "البيان", null, null, "علي الحمادي", "ARE", null, "الحمادي", null, null);
    assertThat(es.get(1).country()).isNull();
    assertThat(es.get(3).country()).isEqualTo("ARE");
  }

  @Test
  void shortWordsAndNameParticlesMatchNothing() {
    List<Entity> es = run("وقال الوزير أبو بكر إن . وقال أبو إن . وقال الرئيس لي جون إن . وقال لي",
        "أبو بكر", "NGA", null, "أبو", null, null, "لي جون", "KOR", null, "لي", null, null);
    assertThat(es.get(1).country()).isNull();
    assertThat(es.get(3).country()).isNull();
  }

  @Test
  void twoPeopleOfDifferentCountriesGiveNone() {
    List<Entity> es = run("التقى أحمد صالح اليمني بنظيره محمد صالح العماني . وقال صالح إن",
        "أحمد صالح", "YEM", null, "محمد صالح", "OMN", null, "صالح", null, null);
    assertThat(es.get(2).country()).isNull();
  }
}
