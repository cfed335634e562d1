package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rules of {@link IdleWeapons}. */
class IdleWeaponsTest {
  private static boolean idle(String sentence, String weapon) {
    List<Token> ts = tokens(sentence);
    return IdleWeapons.idle(ts, index(ts, weapon), 0);
  }

  @Test
  void inspectorsExpertsAndProgrammesNameNoAttack() {
    assertThat(idle("وصل خبراء لجنة الأسلحة الكيميائية إلى المدينة", "الأسلحة")).isTrue();
    assertThat(idle("وقال الخبير في الأسلحة الكيماوية إن الأدلة تختفي", "الأسلحة")).isTrue();
    assertThat(idle("وهو مفتش سابق للأسلحة الكيماوية في العراق", "للأسلحة")).isTrue();
    assertThat(idle("وجمدت الحكومة أصول شركات تدعم برنامج الأسلحة الكيميائية", "الأسلحة")).isTrue();
  }

  @Test
  void weaponsMadeMovedOrShownAreNotFired() {
    assertThat(idle("وقد طورت طهران صواريخ يصل مداها إلى ألفي كيلومتر", "صواريخ")).isTrue();
    assertThat(idle("وقال الجيش إن إيران نقلت صواريخ بعيدة المدى إلى سوريا", "صواريخ")).isTrue();
    assertThat(idle("الرئيس يكشف عن صاروخ جديد", "صاروخ")).isTrue();
    assertThat(idle("ويبلغ مدى الصاروخ الجديد ألف كيلومتر", "الصاروخ")).isTrue();
  }

  @Test
  void firedOrUsedWeaponsStayAttacks() {
    assertThat(idle("وأطلقت الجماعة صواريخ على المدينة", "صواريخ")).isFalse();
    assertThat(idle("واتهمت الحكومة باستخدام الأسلحة الكيميائية في الهجوم", "الأسلحة")).isFalse();
    assertThat(idle("وتعرضت ناقلة نفط لصواريخ أطلقها المتمردون", "لصواريخ")).isFalse();
    assertThat(idle("وقتل ثلاثة مدنيين بقذائف الهاون", "بقذائف")).isFalse();
  }
}
