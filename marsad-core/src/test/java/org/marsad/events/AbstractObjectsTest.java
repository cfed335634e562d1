package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link AbstractObjects}. */
class AbstractObjectsTest {
  private static boolean abstractObject(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return AbstractObjects.abstractObject(ts, index(ts, verb), ts.size());
  }

  @Test
  void confrontingAnIdeaOrTheMediaIsNoAttack() {
    assertThat(abstractObject("لأنها تتصدى للإرهاب وتمنع الإضراب", "تتصدى")).isTrue();
    assertThat(abstractObject("موقفها الصارم في تصديها للوسائل الإعلامية", "تصديها")).isTrue();
    assertThat(abstractObject("وتصدت القوات للمتمردين الحوثيين", "وتصدت")).isFalse();
  }

  @Test
  void haltingAThingArrestsNoOne() {
    assertThat(abstractObject("وقد أوقف الكونغرس صفقة بيع طائرات", "أوقف")).isTrue();
    assertThat(abstractObject("أعطى رشوة لشرطي أوقف عملية التصوير", "أوقف")).isTrue();
    assertThat(abstractObject("وأوقفت الشرطة ثلاثة أشخاص", "وأوقفت")).isFalse();
  }

  private static boolean supportedThing(String sentence, String verb) {
    List<Token> ts = tokens(sentence);
    return AbstractObjects.supportedThing(ts, index(ts, verb), ts.size());
  }

  @Test
  void supportingRelationsOrOnesOwnEconomyBacksNoSide() {
    assertThat(supportedThing("وأغلقت المجلس الثقافي الذي يدعم العلاقات الثقافية بين البلدين", "يدعم")).isTrue();
    assertThat(supportedThing("وقال إن الحكومة تدعم اقتصادها بمليارات الدولارات", "تدعم")).isTrue();
    assertThat(supportedThing("نركز على الأشياء التي تدعم مصالح الشعب", "تدعم")).isTrue();
    assertThat(supportedThing("وقرر الأمير دعم الاقتصاد التركي بمليارات الدولارات", "دعم")).isFalse();
    assertThat(supportedThing("وتدعم إيران الحوثيين بالسلاح", "وتدعم")).isFalse();
  }

  private static boolean supportsTerror(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    return AbstractObjects.supportsTerror(ts, index(ts, word) + 1, ts.size());
  }

  @Test
  void supportingTerrorismIsACharge() {
    assertThat(supportsTerror("وقطعت الدول الأربع علاقاتها بسبب دعم الدوحة للإرهاب", "دعم")).isTrue();
    assertThat(supportsTerror("وقال إن النظام يدعم الإرهاب في المنطقة", "يدعم")).isTrue();
    assertThat(supportsTerror("وأكدت الحكومة دعم الجهود الدولية ضد الإرهاب", "دعم")).isFalse();
    assertThat(supportsTerror("وتدعم إيران الحوثيين بالسلاح", "وتدعم")).isFalse();
  }
}
