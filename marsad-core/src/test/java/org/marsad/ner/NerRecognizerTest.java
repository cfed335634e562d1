package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.kb.GazetteerRecognizer;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;

/** The merge of the model's names with the gazetteer's, one rule per test. */
class NerRecognizerTest {
  static Document run(String text) {
    Document d = Document.of("t", text, LocalDate.of(2024, 5, 1), null, null, null);
    d = GazetteerRecognizer.standard().apply(SentenceSplitter.INSTANCE.apply(Tokenizer.INSTANCE.apply(d)));
    Document out = NerRecognizer.standard().apply(d);
    for (Entity e : out.entities()) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
    return out;
  }

  static Entity find(Document d, String text) {
    return d.entities().stream().filter(e -> e.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + text + "' in " + d.entities()));
  }

  @Test
  void modelNamesAreAddedWithSourceNerAndNoKbId() {
    Document d = run("وقال المتحدث الرسمي كمال الدين حمدان إن الوفد سيصل غدا .");
    Entity p = find(d, "كمال الدين حمدان");
    assertThat(p.type()).isEqualTo(EntityType.PER);
    assertThat(p.source()).isEqualTo(NerRecognizer.SOURCE);
    assertThat(p.kb()).isNull();
  }

  @Test
  void gazetteerEntitiesKeepTheirKbIdAndWinOverlaps() {
    String text = "وصل الرئيس التركي رجب طيب أردوغان إلى باكو أمس .";
    Document before = GazetteerRecognizer.standard().apply(SentenceSplitter.INSTANCE.apply(
        Tokenizer.INSTANCE.apply(Document.of("t", text, LocalDate.of(2024, 5, 1), null, null, null))));
    Document d = run(text);
    for (Entity kb : before.entities()) {
      assertThat(d.entities()).anySatisfy(e -> {
        assertThat(e.start()).isEqualTo(kb.start());
        assertThat(e.end()).isEqualTo(kb.end());
        assertThat(e.kb()).isEqualTo(kb.kb());
        assertThat(e.source()).isEqualTo("kb");
      });
    }
    for (Entity e : d.entities()) {
      for (Entity f : d.entities()) {
        if (e != f) {
          assertThat(e.end() <= f.start() || f.end() <= e.start()).as(e + " overlaps " + f).isTrue();
        }
      }
    }
  }

  @Test
  void idsFollowTextOrder() {
    Document d = run("التقى سامح شكري في القاهرة مع أيمن الصفدي ووزير خارجية روسيا .");
    List<Entity> es = d.entities();
    assertThat(es).isNotEmpty();
    for (int i = 0; i < es.size(); i++) {
      assertThat(es.get(i).id()).isEqualTo("E" + (i + 1));
      if (i > 0) {
        assertThat(es.get(i).start()).isGreaterThanOrEqualTo(es.get(i - 1).end());
      }
    }
  }

  @Test
  void personAfterTitleWithNisbaGetsTheCountry() {
    Document d = run("وقال وزير الخارجية الإيراني كامران نوري إن بلاده ترفض الاتهامات .");
    Entity p = find(d, "كامران نوري");
    assertThat(p.type()).isEqualTo(EntityType.PER);
    assertThat(p.country()).isEqualTo("IRN");
    assertThat(p.sector()).isEqualTo("GOV");
  }

  @Test
  void nameAfterKindOfPlaceWordIsALocation() {
    Document d = run("وقعت اشتباكات عنيفة في مدينة زهرانة الواقعة شمال البلاد .");
    Entity p = find(d, "زهرانة");
    assertThat(p.type()).isEqualTo(EntityType.LOC);
  }

  @Test
  void emptyDocumentIsUnchanged() {
    Document d = Document.of("t", "");
    assertThat(NerRecognizer.standard().apply(d)).isSameAs(d);
  }

  @Test
  void definiteNisbaAdjectivesAreNotMiscNames() {
    assertThat(NerRecognizer.definiteNisba("الكيماوي")).isTrue();
    assertThat(NerRecognizer.definiteNisba("الفرنسي")).isTrue();
    assertThat(NerRecognizer.definiteNisba("المونديال")).isFalse();
    assertThat(NerRecognizer.definiteNisba("كيماوي")).isFalse();
    assertThat(NerRecognizer.definiteNisba("الري")).isFalse();
  }

  @Test
  void aSurnameAloneIsThePersonNamedInFull() {
    Document d = run("وزارت رئيسة الوزراء البريطانية تيريزا ماي بغداد . ورفضت موسكو تصريحات ماي بشأن الهجوم .");
    Entity p = d.entities().stream().filter(e -> e.text().equals("ماي") && e.start() > 40).findFirst().orElseThrow();
    assertThat(p.kb()).isEqualTo("person:THERESA_MAY");
    assertThat(p.country()).isEqualTo("GBR");
    assertThat(p.source()).isEqualTo(NerRecognizer.SOURCE);
  }

  @Test
  void twoNamesJoinedByTheModelAreSplitAtAKoreanFamilyName() {
    Document d = run("سيلتقي ترامب الزعيم الكوري الشمالي كيم جونغ أون . والتقى بومبيو كيم مرتين في بيونغيانغ .");
    assertThat(d.entities()).extracting(Entity::text).doesNotContain("بومبيو كيم");
    assertThat(d.entities().stream().filter(e -> e.text().equals("كيم")).findFirst().orElseThrow().country())
        .isEqualTo("PRK");
  }

  @Test
  void aNationalityRightBeforeTheNameGivesTheCountry() {
    Document d = run("وأوقفت الشرطة المغربي كريم العلوي في مطار المدينة أمس .");
    Entity p = find(d, "كريم العلوي");
    assertThat(p.country()).isEqualTo("MAR");
    assertThat(p.sector()).isNull(); // the police's object, not an officer
  }

  @Test
  void theFirstCountryOfATitlePhraseNotThePostingGivesTheCountry() {
    Document d = run("وقال السفير البريطاني لدى العراق ، السير جيمس هولاند ، إن الوضع هادئ .");
    assertThat(find(d, "جيمس هولاند").country()).isEqualTo("GBR");
  }

  @Test
  void aTitleFurtherBackGivesTheCountryWhenTheNearestTitleHasNone() {
    Document d = run("وقال قائد القيادة الجوية الفرنسية الجنرال بيير دوبوا إن الطائرات وصلت .");
    assertThat(find(d, "بيير دوبوا").country()).isEqualTo("FRA");
  }

  @Test
  void aQuotedNameFollowedByAdjectivesTakesTheNationality() {
    Document d = run("ونشرت منظمة \"نور الحياة\" الحقوقية المصرية تقريرا عن السجون .");
    assertThat(find(d, "نور الحياة").country()).isEqualTo("EGY");
  }

  @Test
  void aPersonNamedAgainTakesTheCountryOfTheFullName() {
    Document d = run("وقال وزير الخارجية الإيراني كامران نوري إن بلاده ترفض الاتهامات . وأضاف نوري أن الحوار ممكن .");
    Entity again = d.entities().stream().filter(e -> e.text().equals("نوري")).findFirst().orElseThrow();
    assertThat(again.country()).isEqualTo("IRN");
  }
}
