package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Document;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.text.Tokenizer;

/** The model shipped in the jar: it loads (manifest checked) and finds people. */
class BundledNerModelTest {
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Tokenizer.INSTANCE.tokenize(s).forEach(t -> out.add(t.text()));
    return out;
  }

  /** The token texts of the PERS spans the bundled model finds in {@code sentence}. */
  static List<String> people(String sentence) {
    List<String> toks = words(sentence);
    List<String> tags = NerModel.bundled().tag(toks);
    List<String> out = new ArrayList<>();
    for (String[] sp : NerEvaluation.entitySpans(tags)) {
      if (sp[2].equals("PERS")) {
        out.add(String.join(" ", toks.subList(Integer.parseInt(sp[0]), Integer.parseInt(sp[1]))));
      }
    }
    return out;
  }

  @Test
  void loadsWithACheckedManifest() {
    NerManifest m = NerModel.bundled().manifest();
    // the shipped bundle predates format 2 (CRF entries); it is the name finder alone (docs/ner.md, session 6)
    assertThat(m.format()).isIn(NerModel.FORMAT, NerModel.FORMAT_1);
    assertThat(m.combination()).isEqualTo(NerManifest.PERCEPTRON);
    assertThat(NerModel.bundled().crf()).isNull();
    assertThat(m.featuresVersion()).isEqualTo(ArabicNerFeatures.VERSION);
    assertThat(m.normaliser()).isEqualTo(NerManifest.normaliserFingerprint());
    assertThat(m.features()).isEqualTo(NerResources.describe());
    assertThat(m.trainingData()).contains("ANERcorp");
    assertThat(m.scores()).contains("held-out");
    assertThat(NerTrainingParams.ALGORITHMS).contains(m.algorithm());
  }

  @Test
  void findsPeopleAfterTitles() {
    assertThat(people("وقال الرئيس الفلسطيني محمود عباس إن المفاوضات متوقفة منذ سنوات .")).containsExactly("محمود عباس");
    assertThat(people("والتقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان أمس ."))
        .containsExactly("سامح شكري", "أيمن الصفدي");
  }

  @Test
  void findsPeopleAsSubjectsOfSpeechVerbs() {
    assertThat(people("وأكد خالد المصري أن الاجتماع سيعقد الأسبوع المقبل في القاهرة .")).containsExactly("خالد المصري");
  }

  @Test
  void findsNoPeopleInAnImpersonalSentence() {
    assertThat(people("ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج .")).isEmpty();
  }

  @Test
  void seedArticlePeopleAreTagged() throws Exception {
    Path seed = Path.of(System.getProperty("marsad.shared", "../shared"), "examples/seed-article.txt");
    Assumptions.assumeTrue(Files.isRegularFile(seed), "../shared absent: skipped");
    String text = Files.readString(seed);
    Document d = Marsad.standard().extract(Document.of("seed", text, LocalDate.of(2023, 9, 19), null, null, null));
    List<String> per = new ArrayList<>();
    for (Entity e : d.entities()) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      if (e.type() == EntityType.PER) {
        per.add(e.text());
      }
    }
    assertThat(String.join(" | ", per))
        .contains("شولتس").contains("بيربوك").contains("بلينكن").contains("أردوغان").contains("أشتياني")
        .contains("باشينيان").contains("علييف");
  }
}
