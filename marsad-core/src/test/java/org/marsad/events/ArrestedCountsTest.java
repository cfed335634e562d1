package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;

/**
 * Session 18: those counted after the «على» of an arrest are its recipient, not the place where it was made, and the
 * force that announces it still makes it ({@code RoleFinder.victimAfterCount}, {@code CandidateSides}).
 */
class ArrestedCountsTest {
  private static List<String> sides(String text) {
    return Marsad.standard().extract(Document.of("t", text, LocalDate.of(2024, 3, 10), null, null, null)).events()
        .stream().map(e -> e.type() + " " + (e.actor() == null ? null : e.actor().country()) + ">"
            + (e.recipient() == null ? null : e.recipient().country())).toList();
  }

  @Test
  void theNationalsCountedAfterOnAreArrested() {
    assertThat(sides("أعلنت وزارة الداخلية البحرينية القبض على 12 إيرانيا دخلوا المملكة بجوازات سفر مزورة."))
        .containsExactly("COERCE BHR>IRN");
  }

  @Test
  void theAnnouncingMinistryArrestsItsOwnNationals() {
    assertThat(sides("وأعلنت وزارة الداخلية المصرية، في بيان الأحد، القبض على 5 من عناصر جماعة الإخوان."))
        .containsExactly("COERCE EGY>EGY");
  }
}
