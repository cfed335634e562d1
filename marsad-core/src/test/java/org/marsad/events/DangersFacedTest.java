package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** Threats as dangers ended, faced, dealt with or named the main one, {@link NoEventReadings#dangerInGeneral} (session 19). */
class DangersFacedTest {
  private static boolean danger(String sentence, String word) {
    List<Token> ts = tokens(sentence);
    int i = index(ts, word);
    return NoEventReadings.dangerInGeneral(ts, i, i + 1, 0, ts.size());
  }

  @Test
  void aDangerEndedFacedOrNamedIsNoThreatMade() {
    assertThat(danger("وسيؤدي ذلك إلى إنهاء تهديد المتمردين للملاحة", "تهديد")).isTrue();
    assertThat(danger("ويشمل الحل القضاء على تهديد الصواريخ", "تهديد")).isTrue();
    assertThat(danger("وقال إن بلاده حرة في التعامل مع التهديد الإيراني", "التهديد")).isTrue();
    assertThat(danger("وقال إن الجماعة تبقى التهديد الرئيسي للبلاد", "التهديد")).isTrue();
    assertThat(danger("وأشار إلى أن بلاده تواجه تهديدات من تنظيمات متطرفة", "تهديدات")).isTrue();
    assertThat(danger("وقال إن إيران هي أصل التهديد في المنطقة", "التهديد")).isTrue();
  }

  @Test
  void aThreatMadeStays() {
    assertThat(danger("بالتزامن مع تهديد الرئيس بضرب المواقع", "تهديد")).isFalse();
    assertThat(danger("وندد الوزير بالتهديد الأمريكي بتوجيه ضربة", "بالتهديد")).isFalse();
  }

  @Test
  void aStatementIssuedIsNoConfiscation() {
    List<Token> ts = tokens("وقالت الوزارة في بيان صادر، الثلاثاء، إنها فتحت تحقيقا");
    assertThat(NoEventReadings.issued(ts, index(ts, "صادر"), 0)).isTrue();
    List<Token> seized = tokens("وأعلن التحالف أنه صادر القوارب المعادية");
    assertThat(NoEventReadings.issued(seized, index(seized, "صادر"), 0)).isFalse();
  }
}
