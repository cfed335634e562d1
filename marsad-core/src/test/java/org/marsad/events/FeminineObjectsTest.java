package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.events.TestTokens.index;
import static org.marsad.events.TestTokens.tokens;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Token;

/** {@link Morphology#feminineHead}: a feminine noun after a masculine verb is its object (session 20). */
class FeminineObjectsTest {
  private static Part part(List<Token> ts, String first, int words, Entity e) {
    int i = index(ts, first);
    return new Part(i, i + words, ts.get(i).start(), ts.get(i + words - 1).end(), null, null, null, e, "", false,
        false, false, true);
  }

  @Test
  void nounsInTaAndAtAndWomenAreFeminine() {
    List<Token> ts = tokens("كما دعا النساء والحكومة الكندية بل استقبل جماعة الإخوان وزار القوات السعودية");
    assertThat(Morphology.feminineHead(ts, part(ts, "النساء", 1, null))).isTrue();
    assertThat(Morphology.feminineHead(ts, part(ts, "والحكومة", 2, null))).isTrue();
    assertThat(Morphology.feminineHead(ts, part(ts, "جماعة", 2, null))).isTrue();
    assertThat(Morphology.feminineHead(ts, part(ts, "القوات", 2, null))).isTrue();
  }

  @Test
  void menNamedWithTaAreNotFeminine() {
    List<Token> ts = tokens("ودعا الداعية الشباب كما دعا بوتفليقة الحزب ودعا الرئيس");
    assertThat(Morphology.feminineHead(ts, part(ts, "الداعية", 1, null))).isFalse();
    int b = index(ts, "بوتفليقة");
    Entity person = new Entity("E1", EntityType.PER, "بوتفليقة", ts.get(b).start(), ts.get(b).end(), null, "DZA",
        null, null, null, null, "kb");
    assertThat(Morphology.feminineHead(ts, part(ts, "بوتفليقة", 1, person))).isFalse();
    assertThat(Morphology.feminineHead(ts, part(ts, "الرئيس", 1, null))).isFalse();
  }
}
