package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fast decoder (per-word cached scores, array beam) gives exactly OpenNLP's beam-search tags. */
class FastDecoderTest {
  private static List<String[]> sentences(String... texts) {
    List<String[]> out = new ArrayList<>();
    for (String t : texts) {
      out.add(BundledNerModelTest.words(t).toArray(new String[0]));
    }
    return out;
  }

  private static void assertSameTags(List<String[]> doc) {
    NerModel m = NerModel.bundled();
    List<String[]> fast = m.tagDocument(doc, false);
    List<String[]> openNlp = m.tagDocument(doc, true);
    assertThat(fast).hasSameSizeAs(openNlp);
    for (int k = 0; k < doc.size(); k++) {
      assertThat(fast.get(k)).as("sentence %d", k).containsExactly(openNlp.get(k));
    }
  }

  @Test
  void handWrittenDocumentTagsAsOpenNlp() {
    List<String[]> doc = sentences(
        "وقال الرئيس الفلسطيني محمود عباس إن المفاوضات متوقفة منذ سنوات .",
        "والتقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان أمس .",
        "وأكد عباس أن منظمة التحرير الفلسطينية لن تقبل بذلك .",
        "وسجل كريم بنزيمة هدفين لريال مدريد في مرمى برشلونة مساء السبت .",
        "قتل ثلاثة أشخاص في قصف على بلدة كفرنبل بريف إدلب .",
        "شركة تويوتا وجنرال موتورز زادتا مبيعاتهما في الصين .",
        "و",
        "");
    assertSameTags(doc);
    // the same words again: the per-word cache is warm now
    assertSameTags(doc);
  }

  @Test
  void anercorpSentencesTagAsOpenNlp() throws Exception {
    Path f = Path.of(System.getProperty("marsad.shared", "../shared"),
        "data/anercorp/ANERcorp_CamelLabSplit_reconstructed_train.txt");
    Assumptions.assumeTrue(Files.isRegularFile(f), "../shared absent: skipped");
    List<TaggedSentence> all;
    try (BufferedReader r = Files.newBufferedReader(f)) {
      all = Conll.read(r);
    }
    List<String[]> part = new ArrayList<>();
    for (TaggedSentence s : all.subList(all.size() - 120, all.size())) {
      part.add(s.tokens().toArray(new String[0]));
    }
    for (int k = 0; k < part.size(); k += NerModel.DOCUMENT_SENTENCES) {
      assertSameTags(part.subList(k, Math.min(part.size(), k + NerModel.DOCUMENT_SENTENCES)));
    }
  }
}
