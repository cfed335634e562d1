package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** One test per rule of {@link CandidateReadings} that needs no participant. */
class CandidateReadingsTest {
  private static final TriggerLexicon LEXICON = new TriggerLexicon();

  /** The candidate of the trigger at token {@code word}, with its readings. */
  private static Cand read(String text, String word) {
    List<Token> ts = tokens(text);
    TriggerLexicon.Match m = LEXICON.match(ts, index(ts, word), ts.size());
    assertThat(m).as("trigger " + word).isNotNull();
    Cand c = new Cand(m, 0);
    CandidateReadings.read(ts, 0, ts.size(), List.of(), c);
    return c;
  }

  @Test
  void victimsNamedWithoutAResultWordAreVictimsOnly() {
    assertThat(read("نقل الجرحى إلى المستشفى", "الجرحى").victimsOnly).isTrue();
    assertThat(read("أسفر القصف عن سقوط جرحى", "جرحى").victimsOnly).isFalse();
  }

  @Test
  void aDefiniteNounOfFightingAfterMinIsFightingInGeneral() {
    assertThat(read("بعد ثلاثة أعوام من القتال", "القتال").generalFighting).isTrue();
    assertThat(read("تواصل القتال في المدينة", "القتال").generalFighting).isFalse();
  }

  @Test
  void supportAfterAVerbOfEnjoyingItIsEnjoyed() {
    assertThat(read("وتحظى القوات بدعم واسع", "بدعم").supportEnjoyed).isTrue();
    assertThat(read("أعلنت الحكومة دعم القوات", "دعم").supportEnjoyed).isFalse();
  }
}
