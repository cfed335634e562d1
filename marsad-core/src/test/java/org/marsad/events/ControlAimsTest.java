package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** Control aimed at and attacks one is able to make, {@link ControlAims} (session 19, ev19c). */
class ControlAimsTest {
  private static boolean aimed(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    return ControlAims.aimed(ts, index(ts, word), 0);
  }

  private static boolean able(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    return ControlAims.able(ts, index(ts, word), 0);
  }

  @Test
  void controlAsAnAimIsNotTaken() {
    assertThat(aimed("وشن الجيش هجوما للسيطرة على المناطق الخاضعة للمعارضة", "للسيطرة")).isTrue();
    assertThat(aimed("بدأت القوات حملة لاستعادة السيطرة على الغوطة", "السيطرة")).isTrue();
    assertThat(aimed("وشنت القوات هجوما واسعا لبسط سيطرتها على مناطق الفصائل", "سيطرتها")).isTrue();
    assertThat(aimed("تقدمت القوات بهدف السيطرة على الميناء", "السيطرة")).isTrue();
    assertThat(aimed("بقي الجيش متماسكا، فارضا سيطرته على المدن الكبرى", "سيطرته")).isTrue();
    assertThat(aimed("تقدمت القوات وإنهاء سيطرة المسلحين على الميناء هدفها", "سيطرة")).isTrue();
  }

  @Test
  void controlTakenStays() {
    assertThat(aimed("وسيطرت القوات الحكومية على البلدة", "وسيطرت")).isFalse();
    assertThat(aimed("وبسط الجيش سيطرته على المستشفى", "سيطرته")).isFalse();
    assertThat(aimed("أعلن الجيش السيطرة الكاملة على المدينة", "السيطرة")).isFalse();
  }

  @Test
  void aCapabilityIsNoAttack() {
    assertThat(able("طورت إيران صواريخ قادرة على ضرب إسرائيل", "ضرب")).isTrue();
    assertThat(able("قالت إن بلادها قادرة على \"تدمير الصواريخ\"", "تدمير")).isTrue();
    assertThat(able("أكد الجيش قدرته على صد أي هجوم", "صد")).isTrue();
  }

  @Test
  void aWeaponAbleToStrikeIsNotFired() {
    List<Token> ts = tokens("وأكد أن صواريخ بلاده قادرة على ضرب القواعد");
    assertThat(IdleWeapons.able(ts, index(ts, "صواريخ"))).isTrue();
    List<Token> fired = tokens("أطلق الحوثيون صواريخ على مدينة جازان، وقال إنها قادرة على الوصول");
    assertThat(IdleWeapons.able(fired, index(fired, "صواريخ"))).isFalse();
  }

  @Test
  void anAttackStays() {
    assertThat(able("أطلقت إيران صواريخ على إسرائيل", "صواريخ")).isFalse();
    assertThat(able("وقصفت الطائرات مواقع على الحدود", "مواقع")).isFalse();
  }
}
