package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;

/** The headline repeated at the top of an article is read only when it names both sides of an event. */
class HeadlineTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

  private static List<String> events(String title, String body) {
    String text = title + "\n\n" + body;
    Document d = Marsad.standard().extract(Document.of("h", text, DAY, title, null, null));
    return d.events().stream().map(SentenceGoldenTest::describe).toList();
  }

  @Test
  void oneSidedHeadlineYieldsNothing() {
    String title = "ترامب يحث الجمهوريين على التصويت";
    assertThat(events(title, "وتستمر القضية منذ أشهر في المحاكم.")).isEmpty();
  }

  @Test
  void theSameWordsInTheBodyYieldTheEvent() {
    String body = "ترامب يحث الجمهوريين على التصويت.";
    assertThat(events("الانتخابات النصفية", body)).containsExactly("REQUEST USA>_ asserted");
  }

  @Test
  void twoSidedHeadlineIsRead() {
    String title = "النمسا تطالب ألمانيا بتوضيحات";
    assertThat(events(title, "وقال المتحدث إن الحكومة تنتظر الرد.")).containsExactly("REQUEST AUT>DEU asserted");
  }
}
