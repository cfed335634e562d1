package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.marsad.model.Document;

/**
 * Generated Arabic news-style articles for fault tests, load tests and benchmarks: short reports of strikes,
 * clashes, arrests, displacement and protests, several outlets per incident (so clustering has work), every
 * text distinct. The sentences are written for Marsad; place and actor names are ordinary proper nouns.
 *
 * <p>Rules: incidents are drawn from a {@link Random} seeded with {@code seed}, so the same {@code (n, seed)}
 * always gives the same articles in the same order; each incident is reported by one to three outlets on the
 * day or the day after; one article in eight has no URL (deduplicated by text hash only); a text that
 * happens to repeat is dropped and another drawn.
 */
public final class SyntheticArticles {
  private record Place(String name, String country) {
  }

  private static final Place[] PLACES = {
      new Place("حلب", "SYR"), new Place("إدلب", "SYR"), new Place("حماة", "SYR"), new Place("درعا", "SYR"),
      new Place("الموصل", "IRQ"), new Place("الرمادي", "IRQ"), new Place("كركوك", "IRQ"),
      new Place("صنعاء", "YEM"), new Place("تعز", "YEM"), new Place("الحديدة", "YEM"), new Place("مأرب", "YEM"),
      new Place("الخرطوم", "SDN"), new Place("الفاشر", "SDN"), new Place("نيالا", "SDN"),
      new Place("طرابلس", "LBY"), new Place("سرت", "LBY"), new Place("بنغازي", "LBY"),
      new Place("غزة", "PSE"), new Place("جنين", "PSE"), new Place("رفح", "PSE"),
      new Place("مقديشو", "SOM"), new Place("بيروت", "LBN")};

  private static final String[] ARMED = {"الجيش", "قوات الأمن", "مسلحون مجهولون", "فصيل مسلح", "الطيران الحربي",
      "قوات المعارضة"};
  private static final String[] OUTLETS = {"wakala", "sahifa", "qanat", "marsad-news", "akhbar", "nabaa"};
  private static final String[] SOURCES = {"مصادر طبية", "مصادر محلية", "الدفاع المدني", "شهود عيان"};
  private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
      "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

  /** Lead sentences: %A actor, %P place, %N number, %S source, %D date. */
  private static final String[] LEADS = {
      "قتل %N أشخاص في غارة جوية شنها %A على حي سكني في مدينة %P %D، وفق ما ذكرت %S.",
      "أعلنت %S مقتل %N مدنيين وإصابة آخرين في قصف مدفعي نفذه %A على %P %D.",
      "اندلعت اشتباكات عنيفة بين %A ومسلحين في محيط %P %D أسفرت عن سقوط %N قتلى.",
      "اعتقل %A %N أشخاص خلال حملة مداهمات في أحياء %P %D.",
      "نزحت %N عائلة من قرى ريف %P %D بعد تصاعد القتال، بحسب %S.",
      "تظاهر مئات من سكان %P %D احتجاجا على انقطاع الكهرباء والمياه.",
      "انفجرت سيارة مفخخة قرب سوق شعبي في %P %D ما أدى إلى مقتل %N أشخاص، حسب %S."};

  private static final String[] FOLLOW = {
      "وقالت %S إن فرق الإسعاف نقلت الجرحى إلى المستشفيات القريبة.",
      "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.",
      "وطالبت منظمات حقوقية بفتح تحقيق مستقل في ما جرى.",
      "وأكد شهود أن الوضع ما زال متوترا في المدينة.",
      "ودعت الأمم المتحدة جميع الأطراف إلى حماية المدنيين."};

  private SyntheticArticles() {
  }

  /** {@code n} distinct articles (kind {@code generated}, locator {@code synthetic:SEED}). */
  public static List<Article> generate(int n, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be at least 0");
    }
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>(n);
    Set<String> texts = new HashSet<>();
    LocalDate start = LocalDate.of(2024, 1, 1);
    int incident = 0;
    while (out.size() < n) {
      incident++;
      Place p = PLACES[r.nextInt(PLACES.length)];
      String actor = ARMED[r.nextInt(ARMED.length)];
      String lead = LEADS[r.nextInt(LEADS.length)];
      LocalDate day = start.plusDays(r.nextInt(365));
      int number = 2 + r.nextInt(60);
      int reports = 1 + r.nextInt(3);
      for (int k = 0; k < reports && out.size() < n; k++) {
        LocalDate published = day.plusDays(r.nextInt(2));
        StringBuilder text = new StringBuilder(fill(lead, r, actor, p, number, day, published));
        for (int f = r.nextInt(3); f > 0; f--) {
          text.append(' ').append(fill(FOLLOW[r.nextInt(FOLLOW.length)], r, actor, p, number, day, published));
        }
        if (!texts.add(text.toString())) {
          continue;
        }
        int i = out.size();
        String id = String.format(Locale.ROOT, "syn-%d-%06d", seed, i);
        String outlet = OUTLETS[(incident + k) % OUTLETS.length];
        String url = i % 8 == 7 ? null : "https://" + outlet + ".example/" + id;
        String title = p.name() + ": " + (incident % 2 == 0 ? "تطورات ميدانية" : "حصيلة جديدة");
        out.add(new Article(Document.of(id, text.toString(), published, title, url, outlet), "generated",
            "synthetic:" + seed));
      }
    }
    return out;
  }

  private static String fill(String t, Random r, String actor, Place p, int n, LocalDate day, LocalDate published) {
    String when = day.equals(published) ? "اليوم" : r.nextBoolean() ? "أمس"
        : "في " + day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1];
    return t.replace("%A", actor).replace("%P", p.name()).replace("%N", Integer.toString(n))
        .replace("%S", SOURCES[r.nextInt(SOURCES.length)]).replace("%D", when);
  }
}
