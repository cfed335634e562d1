package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.json.RecordJson;

/**
 * A synthetic Arabic news corpus for tests and benchmarks, built from hand-written sentence templates.
 *
 * <p>It draws incidents (kind, actor, place, day, casualty count) and writes one to four articles per
 * incident from different outlets, published the same day or the next, with the number as each outlet
 * reports it (exact, "at least", "more than", "about", digits, Arabic-Indic digits or words) and the date as
 * «اليوم», «أمس», a weekday or an explicit date; background sentences carry further events. So the corpus has
 * events, and clusters of several reports with low/best/high figures. No two articles have the same text.
 * Same {@code seed}, same corpus.
 */
final class CorpusGenerator {
  private record Place(String name, String country) {
  }

  private static final Place[] PLACES = {
      new Place("غزة", "PSE"), new Place("خان يونس", "PSE"), new Place("رفح", "PSE"), new Place("جنين", "PSE"),
      new Place("نابلس", "PSE"), new Place("حلب", "SYR"), new Place("إدلب", "SYR"), new Place("درعا", "SYR"),
      new Place("دير الزور", "SYR"), new Place("حمص", "SYR"), new Place("الموصل", "IRQ"), new Place("كركوك", "IRQ"),
      new Place("بغداد", "IRQ"), new Place("صنعاء", "YEM"), new Place("تعز", "YEM"), new Place("مأرب", "YEM"),
      new Place("الحديدة", "YEM"), new Place("الخرطوم", "SDN"), new Place("الفاشر", "SDN"), new Place("نيالا", "SDN"),
      new Place("الجنينة", "SDN"), new Place("طرابلس", "LBY"), new Place("بنغازي", "LBY"), new Place("مصراتة", "LBY"),
      new Place("بيروت", "LBN"), new Place("صيدا", "LBN"), new Place("النبطية", "LBN")};

  private static String[] actors(String country) {
    switch (country) {
      case "PSE":
        return new String[] {"الجيش الإسرائيلي", "مستوطنون إسرائيليون", "الطيران الإسرائيلي"};
      case "SYR":
        return new String[] {"الجيش السوري", "فصائل المعارضة المسلحة", "قوات سوريا الديمقراطية", "تنظيم الدولة الإسلامية"};
      case "IRQ":
        return new String[] {"القوات العراقية", "الحشد الشعبي", "مسلحون مجهولون"};
      case "YEM":
        return new String[] {"جماعة الحوثي", "قوات التحالف", "القوات الحكومية اليمنية"};
      case "SDN":
        return new String[] {"قوات الدعم السريع", "الجيش السوداني"};
      case "LBY":
        return new String[] {"قوات حكومة الوحدة الوطنية", "الجيش الوطني الليبي", "مجموعة مسلحة"};
      default:
        return new String[] {"الجيش الإسرائيلي", "حزب الله"};
    }
  }

  private static final String[] OUTLETS = {"aljazeera", "alarabiya", "skynewsarabia", "france24", "bbcarabic",
      "aawsat", "alquds", "aa", "reuters-ar", "asharq"};
  private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
      "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  private static final String[] WORDS = {"", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
      "عشرة"};
  private static final String[] CIVIL_SOURCES = {"مصادر محلية", "مصادر طبية", "الدفاع المدني", "شهود عيان",
      "مسؤول في وزارة الصحة"};

  private static final String[] ASSAULT = {
      "قُتل %N وأصيب %M آخرون %W في قصف مدفعي شنه %A على مدينة %P، بحسب ما أفادت %S.",
      "أعلنت %S في %P مقتل %N %W جراء غارة جوية نفذها %A على حي سكني.",
      "استهدف %A بطائرة مسيّرة سيارة مدنية في %P %W، مما أدى إلى مقتل %N.",
      "قالت %S إن %N قتلوا وأصيب %M آخرون في هجوم شنه %A على بلدة قرب %P %W.",
      "اندلعت اشتباكات عنيفة بين %A و%B في %P %W أسفرت عن مقتل %N."};
  private static final String[] ARREST = {
      "اعتقل %A %N في حملة مداهمات واسعة بمدينة %P %W.",
      "شنت قوات تابعة لـ%A حملة اعتقالات في %P %W طالت %N، وفق ما ذكرت %S."};
  private static final String[] DISPLACE = {
      "نزح %N من %P %W هربًا من المعارك بين %A و%B، بحسب %S."};
  private static final String[] PROTEST = {
      "تظاهر مئات المواطنين في %P %W احتجاجًا على تدهور الأوضاع المعيشية وانقطاع الكهرباء.",
      "خرج محتجون إلى شوارع %P %W للمطالبة بوقف الحرب والإفراج عن المعتقلين."};
  private static final String[] BACKGROUND = {
      "وأدانت وزارة الخارجية القطرية الهجمات على المدنيين، ووصفتها بأنها انتهاك صارخ للقانون الدولي.",
      "ودعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار وحماية المدنيين.",
      "وتشهد المنطقة توترًا متصاعدًا منذ أشهر وسط جهود إقليمية للتهدئة.",
      "ولم يصدر أي تعليق رسمي على الحادثة حتى الآن.",
      "وعرضت مصر الوساطة بين الطرفين لإنهاء القتال.",
      "وطالبت منظمة العفو الدولية بفتح تحقيق مستقل في الحادثة.",
      "وهدد %A بالرد على أي هجوم جديد.",
      "وكانت الأمم المتحدة قد حذرت من كارثة إنسانية في %P."};

  private CorpusGenerator() {
  }

  /** {@code n} articles as JSONL lines ({@code id, text, published, title, outlet}). */
  static List<String> generate(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(n);
    java.util.Set<String> texts = new java.util.HashSet<>();
    LocalDate start = LocalDate.of(2024, 1, 1);
    int incident = 0;
    while (out.size() < n) {
      incident++;
      Place place = PLACES[r.nextInt(PLACES.length)];
      String[] as = actors(place.country());
      String actor = as[r.nextInt(as.length)];
      String other = as[(java.util.Arrays.asList(as).indexOf(actor) + 1 + r.nextInt(as.length - 1)) % as.length];
      LocalDate day = start.plusDays(r.nextInt(120));
      int kind = r.nextInt(10);
      String[] templates = kind < 6 ? ASSAULT : kind < 7 ? ARREST : kind < 8 ? DISPLACE : PROTEST;
      int tmpl = r.nextInt(templates.length);
      int killed = 3 + r.nextInt(kind < 6 ? 40 : 200);
      int injured = 3 + r.nextInt(60);
      int reports = 1 + r.nextInt(4);
      for (int k = 0; k < reports && out.size() < n; k++) {
        LocalDate published = day.plusDays(r.nextInt(2));
        StringBuilder text = new StringBuilder();
        String lead = templates[(tmpl + (r.nextInt(3) == 0 ? 1 : 0)) % templates.length];
        int reported = Math.max(3, killed + (r.nextInt(3) == 0 ? r.nextInt(7) - 3 : 0));
        text.append(fill(lead, r, actor, other, place, count(reported, kind, r), count(injured, 0, r),
            when(day, published, r)));
        int extra = r.nextInt(3);
        for (int e = 0; e < extra; e++) {
          text.append(' ').append(fill(BACKGROUND[r.nextInt(BACKGROUND.length)], r, actor, other, place, "", "", ""));
        }
        if (!texts.add(text.toString())) {
          continue;   // every article's text is unique (stores drop duplicate texts)
        }
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("id", String.format(java.util.Locale.ROOT, "gen-%06d", out.size() + 1));
        o.put("text", text.toString());
        o.put("published", published.toString());
        o.put("title", place.name() + ": " + (kind < 6 ? "قتلى في هجوم" : kind < 7 ? "حملة اعتقالات" : kind < 8
            ? "موجة نزوح" : "احتجاجات") + " (" + incident + ")");
        o.put("outlet", OUTLETS[r.nextInt(OUTLETS.length)]);
        try {
          out.add(RecordJson.mapper().writeValueAsString(o));
        } catch (JsonProcessingException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    return out;
  }

  /** Writes {@link #generate} to {@code file}. */
  static void write(Path file, int n, long seed) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : generate(n, seed)) {
        w.write(line);
        w.write('\n');
      }
    }
  }

  private static String fill(String t, Random r, String actor, String other, Place p, String n, String m,
                             String when) {
    return t.replace("%A", actor).replace("%B", other).replace("%P", p.name()).replace("%N", n)
        .replace("%M", m).replace("%W", when).replace("%S", CIVIL_SOURCES[r.nextInt(CIVIL_SOURCES.length)])
        .replaceAll(" +", " ").replace(" ،", "،").replace(" .", ".");
  }

  /** A count of people as an outlet might write it (kind 6: detainees, kind 7: families, else people). */
  private static String count(int n, int kind, Random r) {
    String noun = kind == 7 ? (n <= 10 ? "عائلات" : "عائلة") : (n <= 10 ? "أشخاص" : "شخصًا");
    String num;
    int form = r.nextInt(6);
    if (form == 0 && n <= 10) {
      num = WORDS[n];
    } else if (form == 1) {
      num = toArabicIndic(n);
    } else {
      num = Integer.toString(n);
    }
    switch (r.nextInt(6)) {
      case 0:
        return "ما لا يقل عن " + num + " " + noun;
      case 1:
        return "أكثر من " + num + " " + noun;
      case 2:
        return "نحو " + num + " " + noun;
      default:
        return num + " " + noun;
    }
  }

  private static String toArabicIndic(int n) {
    StringBuilder b = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      b.append((char) ('\u0660' + (c - '0')));
    }
    return b.toString();
  }

  private static String when(LocalDate day, LocalDate published, Random r) {
    int form = r.nextInt(4);
    if (form == 0) {
      return "في " + day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }
    if (day.equals(published)) {
      return form == 1 ? "اليوم" : form == 2 ? "صباح اليوم" : "فجر اليوم";
    }
    return form == 1 ? "أمس" : form == 2 ? "مساء أمس" : "يوم " + weekday(day.getDayOfWeek());
  }

  private static String weekday(DayOfWeek d) {
    switch (d) {
      case MONDAY:
        return "الاثنين";
      case TUESDAY:
        return "الثلاثاء";
      case WEDNESDAY:
        return "الأربعاء";
      case THURSDAY:
        return "الخميس";
      case FRIDAY:
        return "الجمعة";
      case SATURDAY:
        return "السبت";
      default:
        return "الأحد";
    }
  }
}
