package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.marsad.json.RecordJson;
import org.marsad.model.Document;

/**
 * {@link Marsad#standard()} is shared across threads: many threads extracting different articles at the same
 * time, each in its own order, give exactly the records one thread gives (so no stage keeps state from a
 * previous call or races on a shared cache). The articles are built from sentences written for this test, plus
 * the dev articles of {@code ../shared} when present.
 */
class ConcurrentExtractionTest {
  private static final int THREADS = 8;

  /** Sentences written for this test (not from any corpus). */
  private static final String[] SENTENCES = {
      "قتل 12 شخصا وأصيب آخرون في غارة جوية استهدفت سوقا في مدينة إدلب صباح الثلاثاء.",
      "أعلنت وزارة الصحة في غزة مقتل ٣٥ فلسطينيا في قصف إسرائيلي على مخيم جباليا.",
      "اعتقلت الشرطة العراقية نحو 40 متظاهرا خلال احتجاجات وسط بغداد أمس.",
      "أدانت وزارة الخارجية السعودية الهجوم ووصفته بأنه عمل إرهابي جبان.",
      "نزحت أكثر من ألفي عائلة من مدينة الفاشر بعد هجوم شنته قوات الدعم السريع.",
      "وقال المتحدث باسم الجيش اللبناني إن وحداته ردت على مصادر النيران قرب الحدود.",
      "هدد الحوثيون باستهداف السفن في البحر الأحمر إذا استمرت الغارات على صنعاء.",
      "فرض الاتحاد الأوروبي عقوبات جديدة على خمسة مسؤولين روس.",
      "نفت الحكومة السودانية أن تكون طائراتها قد قصفت المستشفى في نيالا.",
      "التقى وزير الخارجية المصري نظيره التركي في أنقرة لبحث وقف إطلاق النار.",
      "«سنواصل عملياتنا حتى تحقيق أهدافنا» قال قائد ميداني في تصريح للصحفيين.",
      "انفجرت عبوة ناسفة بدورية للجيش في ريف درعا ما أدى إلى مقتل جنديين.",
      "وطالبت الأمم المتحدة بفتح ممرات آمنة لإيصال المساعدات إلى المدنيين.",
      "تظاهر آلاف في الرباط تضامنا مع سكان غزة يوم الجمعة.",
  };

  @Test
  void manyThreadsGiveTheRecordsOfOneThread() throws Exception {
    List<Document> docs = articles();
    Marsad one = Marsad.standard();
    List<String> expected = new ArrayList<>();
    for (Document d : docs) {
      expected.add(RecordJson.toLine(one.extract(d)));
    }
    assertThat(expected).anyMatch(line -> line.contains("\"trigger\""));   // real events, not empty records

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < docs.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          Marsad shared = Marsad.standard();
          start.await();
          String[] out = new String[docs.size()];
          for (int i : order) {
            out[i] = RecordJson.toLine(shared.extract(docs.get(i)));
          }
          assertThat(shared).isSameAs(one);
          return List.of(out);
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<String> got = results.get(t).get(10, TimeUnit.MINUTES);
        for (int i = 0; i < docs.size(); i++) {
          assertThat(got.get(i)).as("thread %d, article %s", t, docs.get(i).id()).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** 40 articles of two to five of our sentences in varied orders, plus the dev articles when present. */
  private static List<Document> articles() throws Exception {
    List<Document> out = new ArrayList<>();
    Random r = new Random(9);
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 2 + r.nextInt(4); k > 0; k--) {
        text.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(r.nextInt(3) == 0 ? "\n" : " ");
      }
      out.add(Document.of("c" + i, text.toString().strip(), LocalDate.of(2024, 1, 1).plusDays(i * 9L),
          "عنوان " + i, null, "outlet" + (i % 3)));
    }
    Path dev = Path.of(System.getProperty("marsad.shared", "../shared"), "eval", "dev", "docs.jsonl");
    if (Files.isRegularFile(dev)) {
      for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = RecordJson.mapper().readTree(line);
        out.add(Document.of("dev-" + o.path("id").asText(), o.path("text").asText(),
            o.hasNonNull("published") ? LocalDate.parse(o.get("published").asText()) : null, null, null, null));
      }
    }
    return out;
  }
}
