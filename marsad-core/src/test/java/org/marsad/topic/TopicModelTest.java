package org.marsad.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Factuality;
import org.marsad.text.Tokenizer;

class TopicModelTest {
  private static final String SPORT = "سحق الفريق منافسه بثلاثة أهداف في مباراة الدوري، وسجل المهاجم هدفين "
      + "قبل أن يطلق الحكم صافرة النهاية، ليتصدر النادي جدول الترتيب بفارق نقطتين عن أقرب منافسيه في البطولة.";
  private static final String CONFLICT = "قتل عشرة مدنيين في غارة جوية استهدفت سوقا شعبيا في المدينة، "
      + "وأدانت الحكومة الهجوم وطالبت مجلس الأمن بالتحرك، فيما نفى الجيش مسؤوليته عن القصف.";

  @Test
  void shippedModelLoadsWithItsManifest() {
    TopicModel m = TopicModel.standard();
    assertThat(m.manifest()).containsKeys("prior.NEWS", "prior.OTHER", "trained", "corpus", "heldout.accuracy");
  }

  @Test
  void shippedModelSeparatesSportFromConflict() {
    TopicModel m = TopicModel.standard();
    assertThat(m.probabilityOther(SPORT)).isGreaterThan(0.98);
    assertThat(m.probabilityOther(CONFLICT)).isLessThan(0.02);
  }

  @Test
  void gateDropsEventsOfSportArticlesOnly() {
    DomainGate gate = DomainGate.standard();
    Event e = new Event("V1", "ASSAULT", null, "190", null, -10, Factuality.ASSERTED, null, null, null, null, null,
        null, Map.of(), List.of(), null, 0.5, List.of());
    Document sport = Document.of("s", SPORT).withTokens(Tokenizer.INSTANCE.tokenize(SPORT)).withEvents(List.of(e));
    Document war = Document.of("w", CONFLICT).withTokens(Tokenizer.INSTANCE.tokenize(CONFLICT)).withEvents(List.of(e));
    assertThat(gate.apply(sport).events()).isEmpty();
    assertThat(gate.apply(war).events()).containsExactly(e);
  }

  @Test
  void trainerLearnsATinyCorpusAndRoundTrips() throws IOException {
    TopicModel.Trainer t = TopicModel.trainer(1, 1000);
    t.add("غارة قصف هجوم مسلحين الجيش", TopicModel.Domain.NEWS);
    t.add("اشتباكات الجيش قصف مدفعي", TopicModel.Domain.NEWS);
    t.add("مباراة هدف الدوري لاعب", TopicModel.Domain.OTHER);
    t.add("الدوري المنتخب هدف مدرب", TopicModel.Domain.OTHER);
    StringWriter w = new StringWriter();
    t.write(w, Map.of("trained", "test"));
    TopicModel m = TopicModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(m.probabilityOther("هدف في مباراة الدوري")).isGreaterThan(0.5);
    assertThat(m.probabilityOther("قصف الجيش")).isLessThan(0.5);
    assertThat(m.probabilityOther("xyz")).isZero();
  }

  @Test
  void wrongFormatVersionIsRefused() {
    byte[] bundle = "#marsad-topic 99\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TopicModel.read(new ByteArrayInputStream(bundle)))
        .isInstanceOf(IOException.class).hasMessageContaining("format 99");
  }

  @Test
  void gateRefusesAMeaninglessThreshold() {
    assertThatThrownBy(() -> DomainGate.of(TopicModel.standard(), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
