package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.place;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** The rule of {@link SpeakerPlaces}. */
class SpeakerPlacesTest {
  private static final Cues CUES = new Cues();

  /** Whether the place {@code where} (of {@code country}) is the speaker's for trigger {@code trigger}. */
  private static boolean speakers(String sentence, String where, String country, String trigger, String other,
                                  String otherCountry) {
    List<Token> ts = tokens(sentence);
    Part p = place(ts, where, "في", country);
    List<Part> ps = other == null ? List.of(p) : List.of(p, place(ts, other, "", otherCountry));
    return SpeakerPlaces.speakers(ts, CUES, ps, p, 0, index(ts, trigger));
  }

  @Test
  void theSpeakersPlaceBeforeInnaIsNotTheEventsWhenAnotherStateIsNamedAfter() {
    assertThat(speakers("وقال الجيش الأميركي في واشنطن إنه نفذ ضربة جوية في كونار", "واشنطن", "USA", "ضربة",
        "كونار", "AFG")).isTrue();
    assertThat(speakers("وقال متحدث باسم المنظمة في عمان إن القتال تصاعد جنوب سوريا", "عمان", "JOR", "القتال",
        "سوريا", "SYR")).isTrue();
  }

  @Test
  void aPlaceAfterInnaOrWithNoReportOrNoOtherStateStays() {
    assertThat(speakers("وقال الجيش إن ضربة جوية في كونار قتلت قائدا", "كونار", "AFG", "ضربة", null, null))
        .isFalse();
    assertThat(speakers("فروا من ديارهم في درعا منذ أن بدأت القوات هجوما على إدلب", "درعا", "SYR", "هجوما",
        "إدلب", "SYR")).isFalse();
    assertThat(speakers("وقال مراسلنا في تونس إن البلاد شهدت سلسلة من الهجمات", "تونس", "TUN", "الهجمات", null,
        null)).isFalse();
    assertThat(speakers("أدارت سجنا في تايلاند حيث تؤكد تقارير أن معتقلين من اليمن تعرضوا للتعذيب", "تايلاند",
        "THA", "للتعذيب", "اليمن", "YEM")).isFalse();
  }
}
