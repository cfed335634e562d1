package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Factuality;

class AlmanacTest {
  private static Document doc(String title, String text) {
    return Document.of("t", text, LocalDate.of(2018, 9, 10), title, null, null);
  }

  @Test
  void aTitleStartingWithHadathFiAndADayIsAnAlmanac() {
    assertThat(Almanac.is(doc("حدث في 10 سبتمبر.. وصول القوات إلى الكويت", "نص"))).isTrue();
    assertThat(Almanac.is(doc("\u202Bحدث في 2 أكتوبر.. ميلاد غاندي\u202C", "نص"))).isTrue();
  }

  @Test
  void theFirstLineCountsAsTheTitle() {
    assertThat(Almanac.is(doc(null, "حدث في 7 سبتمبر.. تأسيس الإنتربول\nتوقيع اتفاقية."))).isTrue();
  }

  @Test
  void theLeadMayNameTheEventsOfThisDay() {
    assertThat(Almanac.is(doc("تسلسل", "فيما يلي تسلسل الأحداث التي حدثت في مثل هذا اليوم.\nالطائرات تقصف القصر."))).isTrue();
  }

  @Test
  void ordinaryNewsIsNoAlmanac() {
    assertThat(Almanac.is(doc("حدث أمني في بغداد", "قتل ثلاثة أشخاص في انفجار في بغداد اليوم."))).isFalse();
    assertThat(Almanac.is(doc(null, "حدث في بغداد انفجار كبير."))).isFalse();
  }

  @Test
  void everyAssertedEventOfAnAlmanacIsHistorical() {
    Document d = Marsad.standard().extract(doc("حدث في 10 سبتمبر.. قصف لندن",
        "حدث في 10 سبتمبر.. قصف لندن\nالطائرات الألمانية تقصف قصر بكنغهام في لندن."));
    assertThat(d.events()).isNotEmpty();
    assertThat(d.events()).extracting(Event::factuality).containsOnly(Factuality.HISTORICAL);
  }
}
