package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.ExportFormat;
import org.marsad.store.Exporter;
import org.marsad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad export}: writes stored events as ACLED CSV, GDELT TSV, JSONL, GeoJSON or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export stored events (factual ones unless --all-factuality), one row per event report.",
        "Formats: acled-csv, gdelt-tsv, jsonl (marsad/1 records), geojson (located events), parquet (needs --output)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:exported", "1:cannot write the output", "2:bad usage", "3:the database failed"})
public final class ExportCommand implements Callable<Integer> {
  @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
      description = "acled-csv, gdelt-tsv, jsonl, geojson or parquet")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "output file (default: stdout)")
  Path output;

  @Mixin
  StoreOptions store;

  @Mixin
  StoreOptions.Filters filters;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ExportFormat f;
    EventQuery q;
    try {
      f = ExportFormat.parse(format);
      q = filters.query();
    } catch (IllegalArgumentException e) {
      err.println("marsad export: " + Main.oneLine(e));
      return Main.USAGE;
    }
    if (f == ExportFormat.PARQUET && output == null) {
      err.println("marsad export: parquet needs --output FILE");
      return Main.USAGE;
    }
    if (output != null && output.toAbsolutePath().getParent() != null
        && !Files.isDirectory(output.toAbsolutePath().getParent())) {
      err.println("marsad export: " + output + ": the folder does not exist");
      return Main.INPUT_ERROR;
    }
    EventStore s = store.open(err, "export");
    if (s == null) {
      return StoreOptions.STORE_ERROR;
    }
    try (s) {
      Exporter x = new Exporter(s);
      long n;
      if (output != null) {
        n = x.writeFile(q, f, output);
        err.println("marsad export: " + n + " row(s) to " + output);
      } else {
        OutputStream out = System.out;
        n = x.write(q, f, out);
        out.flush();
      }
      return Main.OK;
    } catch (IOException e) {
      err.println("marsad export: cannot write " + (output == null ? "stdout" : output) + ": " + Main.oneLine(e));
      return Main.INPUT_ERROR;
    } catch (StoreException e) {
      err.println("marsad export: " + Main.oneLine(e));
      return StoreOptions.STORE_ERROR;
    }
  }
}
