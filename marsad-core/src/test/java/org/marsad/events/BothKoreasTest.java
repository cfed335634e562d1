package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The dual «الكوريتان» of {@link BothKoreas}; its readings are golden sentences («# session 13 (ev13c)»). */
class BothKoreasTest {
  private static Part part(List<Token> ts, String from, String to) {
    int a = index(ts, from);
    int b = index(ts, to) + 1;
    return new Part(a, b, ts.get(a).start(), ts.get(b - 1).end(), "KOR", null, null, null, "", false, true, false,
        false);
  }

  @Test
  void theDualWithClitics() {
    List<Token> ts = tokens("والتقى زعيما الكوريتين ثم عقدت الكوريتان ووفد للكوريتين محادثات");
    assertThat(BothKoreas.dual(ts, part(ts, "زعيما", "الكوريتين"))).isTrue();
    assertThat(BothKoreas.dual(ts, part(ts, "الكوريتان", "الكوريتان"))).isTrue();
    assertThat(BothKoreas.dual(ts, part(ts, "للكوريتين", "للكوريتين"))).isTrue();
  }

  @Test
  void theSingularNisbaIsOneState() {
    List<Token> ts = tokens("والتقى الرئيس الكوري الجنوبي نظيره");
    assertThat(BothKoreas.dual(ts, part(ts, "الرئيس", "الجنوبي"))).isFalse();
    assertThat(BothKoreas.dual(ts, null)).isFalse();
  }
}
