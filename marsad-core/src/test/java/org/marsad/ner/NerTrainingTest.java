package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training on a tiny hand-written corpus (fast: the only training in the default test run). */
class NerTrainingTest {
  static final String CORPUS = String.join("\n",
      "قال O", "الرئيس O", "سمير B-PERS", "الخالدي I-PERS", "إن O", "الوضع O", "هادئ O", ". O", "",
      "وصل O", "سمير B-PERS", "الخالدي I-PERS", "إلى O", "مدينة O", "زهران B-LOC", "أمس O", ". O", "",
      "أعلنت O", "شركة B-ORG", "النور I-ORG", "للطاقة I-ORG", "عن O", "مشروع O", "في O", "زهران B-LOC", ". O", "",
      "التقى O", "وزير O", "الخارجية O", "كريم B-PERS", "ناصر I-PERS", "وفدا O", "من O", "شركة B-ORG", "النور I-ORG",
      "للطاقة I-ORG", ". O", "",
      "قال O", "الوزير O", "كريم B-PERS", "ناصر I-PERS", "إن O", "زهران B-LOC", "مدينة O", "آمنة O", ". O", "",
      "شارك O", "منتخب O", "زهران B-LOC", "في O", "كأس B-MISC", "الصداقة I-MISC", ". O", "",
      "فاز O", "الفريق O", "بلقب O", "كأس B-MISC", "الصداقة I-MISC", "بعد O", "مباراة O", "صعبة O", ". O", "",
      "وأكد O", "سمير B-PERS", "الخالدي I-PERS", "أن O", "شركة B-ORG", "النور I-ORG", "للطاقة I-ORG", "ستعمل O",
      "في O", "زهران B-LOC", ". O", "");

  static NerModel model;
  static List<TaggedSentence> sentences;

  @BeforeAll
  static void train() throws IOException {
    sentences = Conll.read(new BufferedReader(new StringReader(CORPUS)));
    model = NerModel.train(sentences, new NerTrainingParams("PERCEPTRON", 60, 0, 3), "tiny hand-written corpus");
  }

  @Test
  void readsEightSentences() {
    assertThat(sentences).hasSize(8);
    assertThat(sentences.get(0).tokens()).containsExactly("قال", "الرئيس", "سمير", "الخالدي", "إن", "الوضع", "هادئ", ".");
  }

  /** The training sentences tagged as the one document they were trained as (same document memory). */
  static List<String[]> tagCorpus(NerModel m) {
    List<String[]> in = new java.util.ArrayList<>();
    for (TaggedSentence s : sentences) {
      in.add(s.tokens().toArray(new String[0]));
    }
    return m.tagDocument(in);
  }

  @Test
  void reproducesTheTrainingSpansExactly() {
    List<String[]> tags = tagCorpus(model);
    for (int k = 0; k < sentences.size(); k++) {
      TaggedSentence s = sentences.get(k);
      assertThat(List.of(tags.get(k))).as(String.join(" ", s.tokens())).isEqualTo(s.tags());
    }
  }

  @Test
  void tagsSeenNamesInANewSentence() {
    assertThat(model.tag(List.of("وقال", "سمير", "الخالدي", "إن", "شركة", "النور", "للطاقة", "في", "زهران", ".")))
        .containsExactly("O", "B-PERS", "I-PERS", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O");
  }

  @Test
  void manifestRecordsTheTraining() {
    NerManifest m = model.manifest();
    assertThat(m.format()).isEqualTo(NerModel.FORMAT);
    assertThat(m.featuresVersion()).isEqualTo(ArabicNerFeatures.VERSION);
    assertThat(m.algorithm()).isEqualTo("PERCEPTRON");
    assertThat(m.iterations()).isEqualTo(60);
    assertThat(m.trainingData()).isEqualTo("tiny hand-written corpus");
    assertThat(m.normaliser()).isEqualTo(NerManifest.normaliserFingerprint());
  }

  @Test
  void bundleRoundTripsAndTagsTheSame() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.withScores("test score").save(out);
    NerModel back = NerModel.load(new ByteArrayInputStream(out.toByteArray()), "round trip");
    assertThat(back.manifest().scores()).isEqualTo("test score");
    List<String[]> tags = tagCorpus(back);
    for (int k = 0; k < sentences.size(); k++) {
      assertThat(List.of(tags.get(k))).isEqualTo(sentences.get(k).tags());
    }
  }

  @Test
  void featureVersionMismatchIsAClearError() throws IOException {
    byte[] bad = rewriteManifest(model, "features.version=" + ArabicNerFeatures.VERSION, "features.version=999");
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(bad), "old.zip"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("old.zip: trained with NER features v999");
  }

  @Test
  void normaliserMismatchIsAClearError() throws IOException {
    byte[] bad = rewriteManifest(model, "normaliser=" + NerManifest.normaliserFingerprint().replace(":", "\\:"), "normaliser=sha256\\:0000");
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(bad), "old.zip"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("trained with normaliser sha256:0000");
  }

  @Test
  void notABundleIsAClearError() {
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), "x.txt"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("x.txt: not a Marsad NER model bundle");
  }

  @Test
  void trainingWithoutEntitiesIsRefused() {
    List<TaggedSentence> none = List.of(new TaggedSentence(List.of("قال", "إن"), List.of("O", "O")));
    assertThatThrownBy(() -> NerModel.train(none, NerTrainingParams.DEFAULT, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no entity");
  }

  @Test
  void emptySentenceTagsToNothing() {
    assertThat(model.tag(new String[0])).isEmpty();
  }

  static byte[] rewriteManifest(NerModel m, String from, String to) throws IOException {
    ByteArrayOutputStream orig = new ByteArrayOutputStream();
    m.save(orig);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(orig.toByteArray()));
         ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          String s = new String(b, StandardCharsets.ISO_8859_1);
          assertThat(s).contains(from);
          b = s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(b);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
